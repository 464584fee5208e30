#include "JsonText.h"

namespace ferry::json {

namespace {

bool needsEscape(unsigned char byte)
{
    return byte < 0x20 || byte == '"' || byte == '\\';
}

void appendEscaped(QByteArray& out, unsigned char byte)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    switch (byte) {
    case '"':
        out.append("\\\"");
        return;
    case '\\':
        out.append("\\\\");
        return;
    case '\b':
        out.append("\\b");
        return;
    case '\f':
        out.append("\\f");
        return;
    case '\n':
        out.append("\\n");
        return;
    case '\r':
        out.append("\\r");
        return;
    case '\t':
        out.append("\\t");
        return;
    default: {
        const char escaped[] = {'\\', 'u', '0', '0', hexDigits[byte >> 4], hexDigits[byte & 0xF]};
        out.append(escaped, sizeof escaped);
    }
    }
}

} // namespace

void appendString(QByteArray& out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    qsizetype plainFrom = 0;  // bytes from here on need no escape: appended in one go
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (needsEscape(byte)) {
            out.append(utf8.constData() + plainFrom, i - plainFrom);
            appendEscaped(out, byte);
            plainFrom = i + 1;
        }
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out.append('"');
}

} // namespace ferry::json
