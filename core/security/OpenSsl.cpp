#include "OpenSsl.h"

#include <openssl/err.h>

namespace ferry::openssl {

QString takeError()
{
    const unsigned long code = ERR_get_error();
    clearErrors();
    if (code == 0) {
        return {};
    }
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

void clearErrors()
{
    ERR_clear_error();
}

BioPtr readBio(const QByteArray& bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

BioPtr writeBio()
{
    return BioPtr(BIO_new(BIO_s_mem()));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

} // namespace ferry::openssl
