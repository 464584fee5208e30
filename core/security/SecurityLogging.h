#pragma once
// The logging category of core/security. Never log a secret, a passphrase or key bytes here:
// names, paths and fingerprints only.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
