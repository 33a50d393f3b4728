#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace liaison {

// An ECDSA P-256 key and a self-signed X.509 certificate (10 years), made with OpenSSL: Qt
// 6.4 has no API to create keys or certificates. Clients pin the certificate's SHA-256.
struct SelfSignedCertificate
{
    SecureBuffer privateKeyPem; // PKCS#8 PEM, in secure memory
    QByteArray certificatePem;

    static SelfSignedCertificate generate(const QString &commonName);
};

} // namespace liaison
