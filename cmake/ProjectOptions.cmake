# SPDX-License-Identifier: MIT
# Compiler settings every SecureChat target shares, through the securechat_options interface target.
add_library(securechat_options INTERFACE)
target_compile_features(securechat_options INTERFACE cxx_std_20)
target_compile_definitions(securechat_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(securechat_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-qual -Wformat=2
        -Wimplicit-fallthrough -Wold-style-cast)
elseif(MSVC)
    target_compile_options(securechat_options INTERFACE /W4 /permissive-)
endif()

if(SECURECHAT_SANITIZE)
    target_compile_options(securechat_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(securechat_options INTERFACE -fsanitize=address,undefined)
endif()

# Every library a harness links is instrumented for libFuzzer's coverage feedback and runs under
# ASan and UBSan; the harnesses themselves link libFuzzer's main (tests/fuzz).
if(SECURECHAT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SECURECHAT_FUZZ needs clang (libFuzzer); use the fuzz preset")
    endif()
    target_compile_options(securechat_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    # clang's own sanitizer runtimes come with libclang-rt-NN-dev. Without them (Debian 13's
    # clang alone has none) the instrumentation links GCC's libasan and libubsan, built from
    # the same compiler-rt sources, and libFuzzer.a of libfuzzer-NN-dev provides the fuzzer.
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-runtime-dir
        OUTPUT_VARIABLE clang_runtime_dir OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(EXISTS "${clang_runtime_dir}/libclang_rt.asan.a"
       AND EXISTS "${clang_runtime_dir}/libclang_rt.fuzzer.a")
        target_link_options(securechat_options INTERFACE -fsanitize=address,undefined)
        set(SECURECHAT_FUZZER_LINK -fsanitize=fuzzer)
    else()
        string(REGEX MATCH "^[0-9]+" clang_major "${CMAKE_CXX_COMPILER_VERSION}")
        find_library(SECURECHAT_LIBFUZZER NAMES Fuzzer REQUIRED
            PATHS /usr/lib/llvm-${clang_major}/lib NO_DEFAULT_PATH)
        target_link_options(securechat_options INTERFACE
            -fsanitize=address,undefined -fno-sanitize-link-runtime -lasan -lubsan)
        set(SECURECHAT_FUZZER_LINK ${SECURECHAT_LIBFUZZER})
    endif()
endif()

# Hardening for optimised Linux builds (FORTIFY needs optimisation; sanitizer builds skip it).
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND CMAKE_SYSTEM_NAME STREQUAL "Linux"
   AND NOT SECURECHAT_SANITIZE AND NOT SECURECHAT_FUZZ)
    target_compile_options(securechat_options INTERFACE
        -fstack-protector-strong -fstack-clash-protection -fcf-protection
        $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3>)
    target_link_options(securechat_options INTERFACE -Wl,-z,relro,-z,now)
endif()
