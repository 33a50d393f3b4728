#include "server/SelfSignedCertificate.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <memory>
#include <stdexcept>

namespace liaison {

namespace {
template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

void check(bool ok, const char *what)
{
    if (!ok)
        throw std::runtime_error(std::string("certificate generation failed: ") + what);
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}
} // namespace

SelfSignedCertificate SelfSignedCertificate::generate(const QString &commonName)
{
    PKey key(EVP_EC_gen("P-256"));
    check(key != nullptr, "key");
    Cert cert(X509_new());
    check(cert != nullptr, "x509");
    check(X509_set_version(cert.get(), 2) == 1, "version");
    unsigned char serial[16];
    check(RAND_bytes(serial, sizeof serial) == 1, "serial");
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    check(bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get())), "serial");
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    check(X509_set_pubkey(cert.get(), key.get()) == 1, "pubkey");
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    check(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char *>(cn.constData()), -1,
                                     -1, 0)
              == 1,
          "name");
    check(X509_set_issuer_name(cert.get(), name) == 1, "issuer");
    check(X509_sign(cert.get(), key.get(), EVP_sha256()) > 0, "sign");

    SelfSignedCertificate out;
    Bio keyBio(BIO_new(BIO_s_secmem()));
    check(keyBio
              && PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                          nullptr)
                  == 1,
          "key pem");
    char *keyData = nullptr;
    const long keySize = BIO_get_mem_data(keyBio.get(), &keyData);
    out.privateKeyPem = SecureBuffer::fromBytes(keyData, std::size_t(keySize));
    Bio certBio(BIO_new(BIO_s_mem()));
    check(certBio && PEM_write_bio_X509(certBio.get(), cert.get()) == 1, "cert pem");
    out.certificatePem = bioBytes(certBio.get());
    return out;
}

} // namespace liaison
