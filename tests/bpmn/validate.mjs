// Reads each BPMN file given on the command line with bpmn-moddle (the model layer of bpmn.io
// and Camunda Modeler) and fails on anything it does not accept cleanly: a parse error, any
// import warning (unknown element, unresolved reference, bad attribute value), or a root that is
// not bpmn:Definitions. Usage: node validate.mjs FILE.bpmn...  Exit status 0 only when every
// file is clean; 2 on bad usage.

import { readFile } from 'node:fs/promises';
import BpmnModdle from 'bpmn-moddle';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.mjs FILE.bpmn...');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  const problems = [];
  try {
    const xml = await readFile(file, 'utf8');
    const moddle = new BpmnModdle();
    const { rootElement, warnings } = await moddle.fromXML(xml);
    for (const w of warnings) problems.push(`warning: ${w.message}`);
    if (!rootElement || rootElement.$type !== 'bpmn:Definitions') {
      problems.push(`error: root is ${rootElement ? rootElement.$type : 'missing'}, not bpmn:Definitions`);
    } else {
      const processes = rootElement.rootElements.filter((e) => e.$type === 'bpmn:Process');
      if (processes.length === 0) problems.push('error: no bpmn:Process');
      if (!rootElement.diagrams || rootElement.diagrams.length === 0) problems.push('error: no BPMNDiagram');
    }
  } catch (e) {
    problems.push(`error: ${e.message}`);
  }
  if (problems.length) {
    failed++;
    for (const p of problems) console.error(`${file}: ${p}`);
  } else {
    console.log(`${file}: ok`);
  }
}
process.exit(failed ? 1 : 0);
