# A short run of every fuzz target as a ctest (label fuzz; CI runs it). The targets are built with
# clang in build/fuzz by scripts/fuzz.sh; without clang++ the tests are not defined.
find_program(FERRY_CLANGXX clang++)
if(FERRY_CLANGXX)
    add_test(NAME fuzz_build COMMAND ${PROJECT_SOURCE_DIR}/scripts/fuzz.sh build)
    set_tests_properties(fuzz_build PROPERTIES LABELS fuzz FIXTURES_SETUP fuzz_targets)
    foreach(target IN ITEMS hello feedpage chunklist relativepath checkpoint zstdchunk applybatch manifest rowvalues
            chunkbatch chunkdelta rsyncdelta)
        add_test(NAME fuzz_${target} COMMAND ${PROJECT_SOURCE_DIR}/scripts/fuzz.sh ${target} 5s)
        set_tests_properties(fuzz_${target} PROPERTIES LABELS fuzz FIXTURES_REQUIRED fuzz_targets)
    endforeach()
endif()
