// Times bpmn-moddle's fromXML on one BPMN file (the reference for bench_export).
// Usage: node bpmn_moddle_time.mjs FILE.bpmn REPEAT  → prints the median milliseconds.
import { readFile } from 'node:fs/promises';
import BpmnModdle from 'bpmn-moddle';

const [file, repeatText] = process.argv.slice(2);
const repeat = Number(repeatText || 3);
const xml = await readFile(file, 'utf8');
const times = [];
for (let i = 0; i < repeat; ++i) {
  const moddle = new BpmnModdle();
  const t0 = process.hrtime.bigint();
  const { warnings } = await moddle.fromXML(xml);
  const t1 = process.hrtime.bigint();
  if (i === 0 && warnings.length > 0) console.error(`${warnings.length} warning(s)`);
  times.push(Number(t1 - t0) / 1e6);
}
times.sort((a, b) => a - b);
console.log(times[Math.floor(times.length / 2)].toFixed(1));
