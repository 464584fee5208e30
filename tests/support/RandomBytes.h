#pragma once
// Bytes that neither compress nor repeat, the same for the same seed: test content whose chunks
// are all different.

#include <QByteArray>
#include <QRandomGenerator>

namespace ferry::test {

inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes) {
        c = char(random.bounded(256));
    }
    return bytes;
}

} // namespace ferry::test
