# SPDX-License-Identifier: MIT
# Run by ctest (packaging.consistency): keeps the packaging files true to the program.
#   cmake -DPROJECT_VERSION=... -DMETAINFO=... -DDESKTOP=... -DMAN_PAGE=... -DCLI=... -DAPP_ID=...
#         [-DMAN_PROGRAM=man -DGENERATED_MAN_PAGES=a.1;b.1] -P CheckPackagingFiles.cmake
cmake_minimum_required(VERSION 3.25)

set(failures "")

# The newest release in the AppStream metainfo is the version being built.
file(READ "${METAINFO}" metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    string(APPEND failures "metainfo: newest release is '${CMAKE_MATCH_1}', the project is "
        "${PROJECT_VERSION}; add a <release> entry\n")
endif()
if(NOT metainfo MATCHES "<id>${APP_ID}</id>" OR NOT metainfo MATCHES "${APP_ID}\\.desktop<")
    string(APPEND failures "metainfo: id or launchable is not ${APP_ID}\n")
endif()

# The desktop entry starts the installed program (handing it a clicked securechat: link), names
# the icon after the app id and registers the link scheme.
file(STRINGS "${DESKTOP}" desktop)
foreach(expected "Exec=securechat %u" "Icon=${APP_ID}" "MimeType=x-scheme-handler/securechat;")
    if(NOT expected IN_LIST desktop)
        string(APPEND failures "desktop file: missing '${expected}'\n")
    endif()
endforeach()

# Every long option and command the CLI's --help lists is documented in the man page.
execute_process(COMMAND "${CLI}" --help
    OUTPUT_VARIABLE help ERROR_VARIABLE help_error RESULT_VARIABLE help_result)
if(NOT help_result EQUAL 0)
    string(APPEND failures "securechat-cli --help failed (${help_result}): ${help_error}\n")
endif()
file(READ "${MAN_PAGE}" man)
# In the man page source a dash is written "\-".
string(REPLACE "\\-" "-" man "${man}")
string(REGEX MATCHALL "--[a-z][a-z0-9-]*" options "${help}")
list(REMOVE_DUPLICATES options)
foreach(option IN LISTS options)
    string(FIND "${man}" "${option}" at)
    if(at EQUAL -1)
        string(APPEND failures "man page: option ${option} from --help is not documented\n")
    endif()
endforeach()
foreach(command host connect)
    if(help MATCHES "(^|[ \n])${command}([ \n]|$)" AND NOT man MATCHES "\n\\.BI? ${command}[ \n]")
        string(APPEND failures "man page: command '${command}' from --help is not documented\n")
    endif()
endforeach()

# The generated man pages render without warnings from groff (where man-db is installed).
if(MAN_PROGRAM)
    foreach(page IN LISTS GENERATED_MAN_PAGES)
        execute_process(COMMAND "${MAN_PROGRAM}" --warnings -E UTF-8 -l "${page}"
            OUTPUT_QUIET ERROR_VARIABLE warnings RESULT_VARIABLE result)
        if(NOT result EQUAL 0 OR NOT warnings STREQUAL "")
            string(APPEND failures "man page ${page}: ${warnings}\n")
        endif()
    endforeach()
endif()

if(failures)
    message(FATAL_ERROR "Packaging files out of date:\n${failures}")
endif()
list(LENGTH options option_count)
message(STATUS "packaging files consistent (version ${PROJECT_VERSION}, ${option_count} CLI options "
    "documented)")
