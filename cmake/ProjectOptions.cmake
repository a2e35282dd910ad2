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

# Hardening for optimised Linux builds (FORTIFY needs optimisation; sanitizer builds skip it).
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND CMAKE_SYSTEM_NAME STREQUAL "Linux"
   AND NOT SECURECHAT_SANITIZE)
    target_compile_options(securechat_options INTERFACE
        -fstack-protector-strong -fstack-clash-protection -fcf-protection
        $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3>)
    target_link_options(securechat_options INTERFACE -Wl,-z,relro,-z,now)
endif()
