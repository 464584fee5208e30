#pragma once
// Owning handles for the OpenSSL objects Ferry uses, so that every early return frees what it
// allocated, and a way to turn OpenSSL's error queue into a sentence for a message.

#include <QByteArray>
#include <QString>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ferry::openssl {

struct Free {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIO* p) const { BIO_free_all(p); }
    void operator()(PKCS12* p) const { PKCS12_free(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
    void operator()(X509_STORE* p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
    void operator()(GENERAL_NAMES* p) const { GENERAL_NAMES_free(p); }
    void operator()(STACK_OF(X509)* p) const { sk_X509_pop_free(p, X509_free); }
};

template<typename T>
using Ptr = std::unique_ptr<T, Free>;

using KeyPtr = Ptr<EVP_PKEY>;
using X509Ptr = Ptr<X509>;
using BioPtr = Ptr<BIO>;
using X509StackPtr = Ptr<STACK_OF(X509)>;

// The oldest unread error in OpenSSL's queue as text, and the queue emptied, so that a later
// call does not report an error that belongs to this one.
QString takeError();
void clearErrors();

// A read-only memory BIO over bytes (the bytes must outlive it).
BioPtr readBio(const QByteArray& bytes);
BioPtr writeBio();
QByteArray bioBytes(BIO* bio);

} // namespace ferry::openssl
