# bench_chat_smoke: runs `liaison-bench chat` at a small size and checks its JSON: the fields
# of issue #11 are there, and the work it timed was done (every message scrolled through,
# every search hit, every live message on every receiver, every message caught up). Asserts
# no timing. cmake -DBENCH=path/to/liaison-bench -DJSON=out.json -P check-chat-smoke.cmake
if(NOT BENCH OR NOT JSON)
  message(FATAL_ERROR "usage: cmake -DBENCH=liaison-bench -DJSON=out.json -P ${CMAKE_CURRENT_LIST_FILE}")
endif()
file(REMOVE "${JSON}")
if(NOT READER)
  set(READER service)
endif()
set(messages 2000)
set(receivers 2)
set(live 40)
set(catchup 500)
execute_process(
  COMMAND "${BENCH}" chat --messages ${messages} --channels 20 --others 20 --receivers ${receivers}
          --live ${live} --interval 5 --live-timeout 15000 --catchup ${catchup} --opens 2 --searches 2 --runs 1
          --reader ${READER}
          --json "${JSON}"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "liaison-bench chat failed (${rc})")
endif()
file(READ "${JSON}" json)

string(JSON bench GET "${json}" bench)
if(NOT bench STREQUAL "chat")
  message(FATAL_ERROR "bench is '${bench}', not chat")
endif()
set(fields messages open_ms scroll_top_ms search_ms live_p99_ms catchup_10k_ms
    scrolled_messages search_hits search_expected live_receivers live_messages live_received
    catchup_messages catchup_received live_p50_ms live_baseline_p99_ms runs)
if(CMAKE_HOST_SYSTEM_NAME STREQUAL "Linux")
  list(APPEND fields rss_growth_mb) # VmRSS; absent where it is not measured
endif()
foreach(f IN LISTS fields)
  string(JSON v ERROR_VARIABLE err GET "${json}" ${f})
  if(err)
    message(FATAL_ERROR "no ${f} in ${json}")
  endif()
  set(${f} ${v})
endforeach()

function(expect what actual expected)
  if(NOT actual EQUAL expected)
    message(FATAL_ERROR "${what}: ${actual}, expected ${expected}")
  endif()
endfunction()
expect(messages ${messages} ${messages})
expect(scrolled_messages ${scrolled_messages} ${messages})
# Numbers 37, 137, ... of the 2000 + 20 x 20 messages carry the search word.
expect(search_expected ${search_expected} 24)
expect(search_hits ${search_hits} ${search_expected})
expect(live_receivers ${live_receivers} ${receivers})
expect(live_messages ${live_messages} ${live})
math(EXPR all_live "${live} * ${receivers}")
expect(live_received ${live_received} ${all_live})
expect(catchup_messages ${catchup_messages} ${catchup})
expect(catchup_received ${catchup_received} ${catchup})
foreach(t open_ms scroll_top_ms search_ms live_p99_ms catchup_10k_ms)
  if(NOT ${t} GREATER 0)
    message(FATAL_ERROR "${t} is ${${t}}: nothing was timed")
  endif()
endforeach()
message(STATUS "chat bench smoke: every field there, every count right")
