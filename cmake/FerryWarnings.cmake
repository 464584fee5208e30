# Warnings every Ferry target is built with. CI and the README commands build with -Werror.
add_library(ferry_warnings INTERFACE)
target_compile_options(ferry_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-qual -Wformat=2 -Wimplicit-fallthrough
    # GCC 12 warns about members left out of designated initializers, where leaving them to their
    # defaults is the point; -Wextra turns it on.
    -Wno-missing-field-initializers
    $<$<BOOL:${FERRY_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(ferry_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
