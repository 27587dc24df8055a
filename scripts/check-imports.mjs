// The import graph's rules, run by `npm run check` (docs/decisions.md, "Rooms"): no import cycle,
// type-only imports included; code in the folder of one place it runs (the worker's request path,
// the queue consumers, one folder per Durable Object, the browser) imports no other place; shared
// folders import no place (the worker serves the browser's files: it may import them); each Durable Object class imports only its own folder and shared code.
// Prints the cycles and the offending imports; exits 1 when there is any.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const PLACES = ["worker", "queues", "agent", "registry", "gateway", "dashboard"];
const CLASSES = {
  "durable-objects/agent.ts": "agent",
  "durable-objects/registry.ts": "registry",
  "durable-objects/gateway.ts": "gateway",
};
const ENTRY = "src/index.ts";

function sources(dir) {
  const out = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts") && !rel.includes("/generated/"))
      out.push(rel);
  }
  return out;
}

/** Every relative module a file names: imports and re-exports (type-only too), import() and import types. */
function specifiers(file) {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.push(node.moduleSpecifier.text);
    else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    )
      found.push(node.argument.literal.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      found.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found
    .filter((s) => s.startsWith("."))
    .map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)));
}

/** Where a file runs: a place's name, "class:<place>", "entry", or null (shared). */
function placeOf(file) {
  if (file === ENTRY) return "entry";
  if (CLASSES[file]) return `class:${CLASSES[file]}`;
  const top = file.split("/")[1];
  return file.startsWith("src/") && PLACES.includes(top) ? top : null;
}

function allowed(from, to) {
  const a = placeOf(from);
  const b = placeOf(to);
  if (a === "entry") return true;
  if (b === "entry") return false;
  if (b?.startsWith("class:")) return false;
  if (b === null) return true;
  if (a === null) return false;
  // The worker serves the dashboard's files: the browser's code, as strings.
  if (a === "worker" && b === "dashboard") return true;
  return (a.startsWith("class:") ? a.slice(6) : a) === b;
}

const files = [...sources("src"), ...sources("durable-objects")];
const graph = new Map(files.map((f) => [f, specifiers(f).filter((t) => files.includes(t))]));
const problems = [];
for (const [from, targets] of graph)
  for (const to of targets) if (!allowed(from, to)) problems.push(`${from} imports ${to}`);

// Cycles: Tarjan's strongly connected components; any component of more than one file is a cycle.
let index = 0;
const stack = [];
const meta = new Map();
const cycles = [];
function connect(v) {
  meta.set(v, { index, low: index, on: true });
  index++;
  stack.push(v);
  for (const w of graph.get(v)) {
    if (!meta.has(w)) {
      connect(w);
      meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
    } else if (meta.get(w).on) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
  }
  if (meta.get(v).low === meta.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      meta.get(w).on = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v).includes(v)) cycles.push(component);
  }
}
for (const f of files) if (!meta.has(f)) connect(f);

for (const c of cycles) console.log(`cycle: ${c.join(" ↔ ")}`);
for (const p of problems) console.log(`crosses rooms: ${p}`);
console.log(`imports: ${files.length} files, ${cycles.length} cycles, ${problems.length} imports across rooms`);
process.exit(cycles.length || problems.length ? 1 : 0);
