// libFuzzer target: RelativePath::parseUtf8 over arbitrary bytes. Whatever it accepts is
// relative, has no "." or ".." component, no backslash and no NUL.

#include "FuzzSupport.h"
#include "net/RelativePath.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto path = ferry::RelativePath::parseUtf8(fuzzBytes(data, size));
    if (path.ok()) {
        const QString& text = path->text();
        FERRY_FUZZ_CHECK(!text.isEmpty() && !text.startsWith(QLatin1Char('/')));
        FERRY_FUZZ_CHECK(!text.contains(QLatin1Char('\\')) && !text.contains(QChar(u'\0')));
        for (const QString& component : text.split(QLatin1Char('/'))) {
            FERRY_FUZZ_CHECK(!component.isEmpty() && component != QLatin1String(".") && component != QLatin1String(".."));
        }
    }
    return 0;
}
