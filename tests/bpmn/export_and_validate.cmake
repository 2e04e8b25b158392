# Exports every sample and every MIWG reference model (after import) to BPMN with the
# `blueprint convert` CLI, then has bpmn-moddle read them all (validate.mjs): any warning fails.
# Variables: BLUEPRINT, NODE, SOURCE_DIR, SHARED_DIR, OUT_DIR.
file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")
file(GLOB samples "${SOURCE_DIR}/resources/examples/*.blueprint")
file(GLOB corpus "${SHARED_DIR}/corpus/bpmn-miwg/*.bpmn")
if(NOT samples OR NOT corpus)
  message(FATAL_ERROR "no samples in ${SOURCE_DIR}/resources/examples or no corpus in ${SHARED_DIR}")
endif()

set(exported)
function(convert in out)
  execute_process(COMMAND "${BLUEPRINT}" convert --force "${in}" "${out}"
                  RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "blueprint convert ${in} ${out} failed (${rc}):\n${err}")
  endif()
endfunction()

foreach(sample ${samples})
  get_filename_component(name "${sample}" NAME_WE)
  convert("${sample}" "${OUT_DIR}/${name}.bpmn")
  list(APPEND exported "${OUT_DIR}/${name}.bpmn")
endforeach()
foreach(model ${corpus})
  get_filename_component(name "${model}" NAME)
  string(REPLACE ".bpmn" "" name "${name}")
  convert("${model}" "${OUT_DIR}/${name}.blueprint")
  convert("${OUT_DIR}/${name}.blueprint" "${OUT_DIR}/${name}.bpmn")
  list(APPEND exported "${OUT_DIR}/${name}.bpmn")
endforeach()

execute_process(COMMAND "${NODE}" "${SOURCE_DIR}/tests/bpmn/validate.mjs" ${exported}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "bpmn-moddle did not accept every exported file (status ${rc})")
endif()
list(LENGTH exported n)
message(STATUS "bpmn-moddle accepted all ${n} exported files with no warning")
