#include "RelativePath.h"

#include "WireLimits.h"

#include <QStringDecoder>

namespace ferry {

namespace {

QString shown(const QString& text)
{
    // A hostile path may be long or hold control characters: show a bounded, printable prefix.
    QString safe = text.left(80);
    for (QChar& c : safe) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            c = QChar(u'?');
        }
    }
    return text.size() > 80 ? safe + QStringLiteral("…") : safe;
}

} // namespace

Result<RelativePath> RelativePath::parse(const QString& text)
{
    if (text.isEmpty()) {
        return fail(tr("The path is empty."));
    }
    if (text.toUtf8().size() > wire::maxPathBytes) {
        return fail(tr("The path is longer than %1 bytes.").arg(wire::maxPathBytes));
    }
    if (text.contains(QChar(u'\0'))) {
        return fail(tr("The path '%1' contains a NUL character.").arg(shown(text)));
    }
    if (text.contains(QChar(u'\\'))) {
        return fail(tr("The path '%1' contains a backslash; paths use '/' only.").arg(shown(text)));
    }
    if (text.startsWith(QChar(u'/'))) {
        return fail(tr("The path '%1' is absolute; only paths inside the files folder are accepted.").arg(shown(text)));
    }
    if (text.size() >= 2 && text.at(1) == QChar(u':') && text.at(0).isLetter()) {
        return fail(tr("The path '%1' starts with a drive letter.").arg(shown(text)));
    }
    const QStringList components = text.split(QChar(u'/'));
    if (components.size() > wire::maxPathDepth) {
        return fail(tr("The path '%1' is deeper than %2 folders.").arg(shown(text)).arg(wire::maxPathDepth));
    }
    for (const QString& component : components) {
        if (component.isEmpty()) {
            return fail(tr("The path '%1' has an empty component.").arg(shown(text)));
        }
        if (component == QStringLiteral(".") || component == QStringLiteral("..")) {
            return fail(tr("The path '%1' contains '%2'; only paths inside the files folder are accepted.")
                            .arg(shown(text), component));
        }
        if (component.toUtf8().size() > wire::maxPathComponentBytes) {
            return fail(tr("A name in the path '%1' is longer than %2 bytes.")
                            .arg(shown(text))
                            .arg(wire::maxPathComponentBytes));
        }
    }
    return RelativePath(text);
}

Result<RelativePath> RelativePath::parseUtf8(const QByteArray& bytes)
{
    if (bytes.size() > wire::maxPathBytes) {
        return fail(tr("The path is longer than %1 bytes.").arg(wire::maxPathBytes));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return fail(tr("The path is not valid UTF-8."));
    }
    return parse(text);
}

} // namespace ferry
