cmake_minimum_required(VERSION 3.22)
# Writes the jwkman-cli man page with help2man: the overview from --help, then one section per command from
# `jwkman-cli help COMMAND`, so the page always says what the binary says. Both are made from the one command table
# (app/cli/CommandTable.cpp: synopses, descriptions, options).
execute_process(COMMAND ${CLI} --help OUTPUT_VARIABLE overview RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "jwkman-cli --help failed")
endif()
string(REGEX MATCHALL "\n  ([a-z-]+) " lines "${overview}")
set(include_text "[COMMANDS]\n")
set(seen "")
foreach(line ${lines})
    string(STRIP "${line}" command)
    if(command STREQUAL "help" OR command IN_LIST seen)
        continue()
    endif()
    list(APPEND seen ${command})
    execute_process(COMMAND ${CLI} help ${command} OUTPUT_VARIABLE text RESULT_VARIABLE rc)
    if(rc EQUAL 0)
        string(REPLACE "\\" "\\\\" text "${text}")
        string(APPEND include_text ".SS ${command}\n.nf\n${text}\n.fi\n")
    endif()
endforeach()
file(WRITE ${WORK}/jwkman-cli.h2m "${include_text}")
execute_process(
    COMMAND ${HELP2MAN} --no-info --no-discard-stderr --section=1
            "--name=manage JSON Web Keys, an encrypted key store and Ory Hydra key sets"
            --include=${WORK}/jwkman-cli.h2m --output=${OUT} ${CLI}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man failed")
endif()
# gzip -n: no name or time stamp inside, so the package builds reproducibly.
execute_process(COMMAND gzip -9 -n -f ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip of the man page failed")
endif()
