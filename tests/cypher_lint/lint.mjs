// Lints Cypher statements with Neo4j's parser and semantic analysis
// (@neo4j-cypher/language-support, lintCypherQuery), offline.
//
// stdin: {"schema": {labels, relationshipTypes, propertyKeys, graphSchema},
//         "versions": ["CYPHER 5", ...],
//         "statements": [{"name": ..., "cypher": ..., "parameters": {name: example},
//                         "versions": [...] (optional, instead of the request's)}]}
// stdout: [{"name", "version", "diagnostics": [{"severity", "message", "line", "column"}]}]
// Severity 1 is an error, 2 a warning. Functions are Neo4j's built-in ones only (no APOC, no
// GDS), so a call to anything else is reported as undeclared. The analysis is slow, so the
// work is shared among one worker thread per CPU.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

async function lintAll({ request, tasks }) {
  const { lintCypherQuery, testData } = await import('@neo4j-cypher/language-support');
  const functions = {};
  for (const [version, registry] of Object.entries(testData.mockSchema.functions)) {
    functions[version] = Object.fromEntries(
      Object.entries(registry).filter(
        ([name]) => !name.startsWith('apoc.') && !name.startsWith('gds.'),
      ),
    );
  }
  return tasks.map(([index, version]) => {
    const statement = request.statements[index];
    const dbSchema = {
      ...request.schema,
      functions,
      procedures: {},
      parameters: statement.parameters ?? {},
      defaultLanguage: version,
    };
    const { diagnostics } = lintCypherQuery(statement.cypher, dbSchema);
    return {
      name: statement.name,
      version,
      diagnostics: diagnostics.map((d) => ({
        severity: d.severity,
        message: d.message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
      })),
    };
  });
}

if (isMainThread) {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const tasks = request.statements.flatMap((statement, index) =>
    (statement.versions ?? request.versions).map((version) => [index, version]),
  );
  const workers = Math.max(1, Math.min(availableParallelism(), tasks.length));
  const shares = Array.from({ length: workers }, (_, w) =>
    tasks.filter((_, i) => i % workers === w),
  );
  const done = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), {
            workerData: { request, tasks: share },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const results = [];
  for (let i = 0; i < tasks.length; i++) results.push(done[i % workers][Math.floor(i / workers)]);
  process.stdout.write(JSON.stringify(results));
} else {
  parentPort.postMessage(await lintAll(workerData));
}
