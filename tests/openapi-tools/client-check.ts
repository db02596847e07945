// Uses the client openapi-typescript generates from the served document (generated/api.d.ts) as a developer would,
// against a running site: `node generated/js/client-check.js <origin>`. It calls every operation, for its answers and
// its errors, checks what the client sees, and prints one JSON line: each call (method, path template, status, content
// type) and each failure, and exits 1 if anything failed. GeneratedClientTests generates the client, compiles this
// file with tsc (no edits to the generated file) and runs it against the site on Kestrel; docs/api.md has the commands.
import createClient, { type Middleware } from "openapi-fetch";
import type { components, operations, paths } from "./generated/api";

// The few Node globals this file needs; tsconfig loads no @types, so the compiler sees only the DOM's fetch and these.
declare const process: { argv: string[]; exitCode?: number };

type OperationId = keyof operations;
type Schemas = components["schemas"];
type Client = ReturnType<typeof createClient<paths>>;

interface Call {
  method: string;
  path: string;
  status: number;
  contentType: string | null;
}

const origin = process.argv[2];
const calls: Call[] = [];
const failures: string[] = [];
let current: OperationId | undefined;

function check(condition: boolean, what: string): void {
  if (!condition) {
    failures.push(`${current}: ${what}`);
  }
}

const Json = "application/json; charset=utf-8";
const Problem = "application/problem+json; charset=utf-8";

// Every answer, success or error, carries the site's security headers. Each call is recorded with the path template
// openapi-fetch filled in, which names its operation in the document.
const recorder: Middleware = {
  onResponse({ request, response, schemaPath }) {
    calls.push({
      method: request.method,
      path: schemaPath,
      status: response.status,
      contentType: response.headers.get("Content-Type"),
    });
    check(response.headers.get("X-Content-Type-Options") === "nosniff", `${request.method} ${schemaPath} ${response.status} has no X-Content-Type-Options`);
    check(response.headers.get("Content-Security-Policy") !== null, `${request.method} ${schemaPath} ${response.status} has no Content-Security-Policy`);
  },
};

/** An answer as the client sees it: its status and content type. */
function answered(response: Response, status: number, contentType: string, what: string): void {
  check(response.status === status, `${what}: status ${response.status}, expected ${status}`);
  check(response.headers.get("Content-Type") === contentType, `${what}: Content-Type ${response.headers.get("Content-Type")}, expected ${contentType}`);
}

/** The one error shape (RFC 9457): type, title, status and traceId, as application/problem+json. */
function problem(error: Schemas["ProblemDetails"] | undefined, response: Response, status: number, what: string): void {
  answered(response, status, Problem, what);
  check(typeof error?.type === "string" && error.type.startsWith("https://"), `${what}: no type link`);
  check(typeof error?.title === "string" && error.title.length > 0, `${what}: no title`);
  check(error?.status === status, `${what}: body status ${error?.status}`);
  check(typeof error?.traceId === "string" && error.traceId.length > 0, `${what}: no traceId`);
}

async function firstComparison(client: Client): Promise<string> {
  const { data } = await client.GET("/api/comparisons");
  return data?.[0]?.slug ?? "missing";
}

/** A valid answer set from the questionnaire itself: the first option of the first question, marked as mattering a lot. */
async function firstAnswers(client: Client, comparison: string): Promise<Schemas["RecommendationRequest"]["answers"]> {
  const { data } = await client.GET("/api/comparisons/{comparison}/questionnaire", { params: { path: { comparison } } });
  const question = data?.questions[0];
  return question?.options[0] ? { [question.id]: { option: question.options[0].id, importance: "high" } } : {};
}

// One entry per operation in the document, keyed by its operationId: a new operation does not compile until it has an
// entry here, and OpenApiToolTests fails if an operation in the served document was not called.
const everyOperation: { [Id in OperationId]: (client: Client) => Promise<void> } = {
  async listComparisons(client) {
    const { data, response } = await client.GET("/api/comparisons");
    answered(response, 200, Json, "the list");
    const framework: Schemas["FrameworkItem"] | undefined = data?.[0]?.frameworks[0];
    check((data?.length ?? 0) > 0 && typeof framework?.slug === "string", "the list names no comparison with frameworks");
  },

  async getQuestionnaire(client) {
    const comparison = await firstComparison(client);
    const { data, response } = await client.GET("/api/comparisons/{comparison}/questionnaire", { params: { path: { comparison } } });
    answered(response, 200, Json, "a questionnaire");
    check((data?.questions[0]?.options.length ?? 0) > 0, "the questionnaire has no question with options");

    const unknown = await client.GET("/api/comparisons/{comparison}/questionnaire", { params: { path: { comparison: "no-such-comparison" } } });
    problem(unknown.error, unknown.response, 404, "an unknown comparison's questionnaire");
  },

  async recommend(client) {
    const comparison = await firstComparison(client);
    const answers = await firstAnswers(client, comparison);
    const at = { params: { path: { comparison } } };

    const json = await client.POST("/api/comparisons/{comparison}/recommendation", { ...at, body: { answers } });
    answered(json.response, 200, Json, "a recommendation");
    // The 200 is JSON, or the decision record as Markdown (below) for a client that asks for text/markdown.
    const result = typeof json.data === "string" ? undefined : json.data;
    const confidence: Schemas["ConfidenceLevel"] | undefined = result?.confidence;
    const decidedBy: Schemas["DecisionBasis"] | undefined = result?.recommended.decidedBy;
    check(confidence !== undefined && ["clear-fit", "leaning", "toss-up"].includes(confidence), `confidence ${confidence}`);
    check(decidedBy === "score" || decidedBy === "tie-break", `decidedBy ${decidedBy}`);
    check(result?.contributions.some((c) => c.importance === "high") === true, "the answer marked high is not counted as high");
    check(result?.shareUrl.startsWith("http") === true, "no absolute share URL");

    // The decision record, for a client that asks for Markdown.
    const markdown = await client.POST("/api/comparisons/{comparison}/recommendation", {
      ...at, body: { answers }, headers: { Accept: "text/markdown" }, parseAs: "text",
    });
    answered(markdown.response, 200, "text/markdown; charset=utf-8", "the decision record");
    check(markdown.data?.startsWith("---") === true && markdown.data.includes("## Decision Outcome"), "the decision record is not MADR");

    // A media type the API does not make is not refused with 406: the client gets JSON, as documented.
    const other = await client.POST("/api/comparisons/{comparison}/recommendation", { ...at, body: { answers }, headers: { Accept: "application/xml" } });
    answered(other.response, 200, Json, "a recommendation asked for as XML");

    const unknownOption = await client.POST("/api/comparisons/{comparison}/recommendation", {
      ...at, body: { answers: { [Object.keys(answers)[0] ?? "q"]: "no-such-option" } },
    });
    problem(unknownOption.error, unknownOption.response, 400, "an unknown option");
    const errors: Record<string, string[]> | undefined = unknownOption.error && "errors" in unknownOption.error ? unknownOption.error.errors : undefined;
    check(Object.values(errors ?? {}).flat().some((message) => message.includes("Not an answer")), "the 400 does not say which answer is wrong");

    const malformed = await client.POST("/api/comparisons/{comparison}/recommendation", { ...at, body: { answers }, bodySerializer: () => "{not json" });
    problem(malformed.error, malformed.response, 400, "a body that is not JSON");

    const unknownComparison = await client.POST("/api/comparisons/{comparison}/recommendation", {
      params: { path: { comparison: "no-such-comparison" } }, body: { answers },
    });
    problem(unknownComparison.error, unknownComparison.response, 404, "an unknown comparison");

    const tooLarge = await client.POST("/api/comparisons/{comparison}/recommendation", { ...at, body: { answers: { padding: "a".repeat(20_000) } } });
    problem(tooLarge.error, tooLarge.response, 413, "a body over the limit");

    const form = await client.POST("/api/comparisons/{comparison}/recommendation", {
      ...at, body: { answers }, bodySerializer: () => "answers=none", headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    problem(form.error, form.response, 415, "a form instead of JSON");
  },

  async recommendForTeam(client) {
    const comparison = await firstComparison(client);
    const answers = await firstAnswers(client, comparison);
    const at = { params: { path: { comparison } } };
    const [question] = Object.keys(answers);

    // Two members: one with the questionnaire's first answer, one who skipped it; the team link names both.
    const team = await client.POST("/api/comparisons/{comparison}/team-recommendation", {
      ...at, body: { members: [{ name: "Ana", answers }, { name: "Bo", answers: { [question ?? "q"]: null, ...answers } }] },
    });
    answered(team.response, 200, Json, "a team recommendation");
    const confidence: Schemas["ConfidenceLevel"] | undefined = team.data?.confidence;
    check(confidence !== undefined && ["clear-fit", "leaning", "toss-up"].includes(confidence), `team confidence ${confidence}`);
    check(team.data?.members.map((member) => member.name).join() === "Ana,Bo", `team members ${team.data?.members.map((member) => member.name)}`);
    check(team.data?.teamUrl.startsWith("http") === true && team.data.teamUrl.includes("Ana"), "no absolute team URL naming its members");
    check(team.data?.questions.some((q) => q.question === question && q.agreed) === true, "two members with one answer do not agree");

    const alone = await client.POST("/api/comparisons/{comparison}/team-recommendation", { ...at, body: { members: [{ answers }] } });
    problem(alone.error, alone.response, 400, "a team of one");

    const unknownComparison = await client.POST("/api/comparisons/{comparison}/team-recommendation", {
      params: { path: { comparison: "no-such-comparison" } }, body: { members: [{ answers }, { answers }] },
    });
    problem(unknownComparison.error, unknownComparison.response, 404, "a team for an unknown comparison");

    const tooLarge = await client.POST("/api/comparisons/{comparison}/team-recommendation", {
      ...at, body: { members: [{ name: "a".repeat(20_000), answers }, { answers }] },
    });
    problem(tooLarge.error, tooLarge.response, 413, "a team body over the limit");

    const form = await client.POST("/api/comparisons/{comparison}/team-recommendation", {
      ...at, body: { members: [] }, bodySerializer: () => "members=none", headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    problem(form.error, form.response, 415, "a team form instead of JSON");
  },

  async explainRecommendationMethod(client) {
    const comparison = await firstComparison(client);
    const { error, response } = await client.GET("/api/comparisons/{comparison}/recommendation", { params: { path: { comparison } } });
    problem(error, response, 405, "a GET of the recommendation");
    check(response.headers.get("Allow") === "POST", `Allow: ${response.headers.get("Allow")}`);
    check(error?.detail?.includes("POST") === true, "the 405 does not say to POST");
  },

  async search(client) {
    const { data, response } = await client.GET("/api/search", { params: { query: { q: "admin" } } });
    answered(response, 200, Json, "a search");
    check((data?.total ?? 0) > 0 && data?.hits[0]?.url.startsWith("http") === true, `a search for admin found ${data?.total} hits`);

    const blank = await client.GET("/api/search", { params: { query: { q: "" } } });
    problem(blank.error, blank.response, 400, "a search for nothing");

    // @ts-expect-error q is required: the compiler refuses this call, and the site answers it with 400 too.
    const without = await client.GET("/api/search", { params: { query: {} } });
    problem(without.error, without.response, 400, "a search without q");
  },
};

// What the document rules out, a generated client rules out too.
export const unknownImportance: Schemas["RecommendationRequest"] = {
  // @ts-expect-error importance is "normal" or "high"
  answers: { experience: { option: "none", importance: "very" } },
};

export const teamWithoutAnswers: Schemas["TeamMemberRequest"] = {
  name: "Ana",
  // @ts-expect-error answers are required
  answer: {},
};

/**
 * Last, as it uses up the client's allowance, which the recommendation and the team recommendation share: the same
 * request until the limit answers 429 with Retry-After, then the team's, refused by the same limit.
 */
async function overTheLimit(client: Client): Promise<void> {
  const comparison = await firstComparison(client);
  const answers = await firstAnswers(client, comparison);
  const at = { params: { path: { comparison } } };
  for (let attempt = 0; attempt < 200; attempt++) {
    current = "recommend";
    const limited = await client.POST("/api/comparisons/{comparison}/recommendation", { ...at, body: { answers } });
    if (limited.response.status === 429) {
      problem(limited.error, limited.response, 429, "a request over the rate limit");
      check(Number(limited.response.headers.get("Retry-After")) > 0, "the 429 has no Retry-After");
      current = "recommendForTeam";
      const team = await client.POST("/api/comparisons/{comparison}/team-recommendation", { ...at, body: { members: [{ answers }, { answers }] } });
      problem(team.error, team.response, 429, "a team request over the rate limit");
      check(Number(team.response.headers.get("Retry-After")) > 0, "the team's 429 has no Retry-After");
      return;
    }
  }

  check(false, "200 requests and no 429");
}

/**
 * The 503 of a full bound: the test starts the site with no queue behind its bounds, so of requests sent at once all
 * but the first few are refused at once, with Retry-After. Sent in bursts until one is refused; the bursts of
 * recommendations are small, since each refusal also takes from the client's allowance, which the 429 below uses up.
 */
async function atOnce(operation: OperationId, what: string, size: number, send: (attempt: number) => Promise<{ error?: Schemas["ProblemDetails"]; response: Response }>): Promise<void> {
  current = operation;
  for (let burst = 0; burst < 5; burst++) {
    const answers = await Promise.all(Array.from({ length: size }, (_, index) => send((burst * size) + index)));
    const refused = answers.find((answer) => answer.response.status === 503);
    if (refused !== undefined) {
      problem(refused.error, refused.response, 503, what);
      check(Number(refused.response.headers.get("Retry-After")) > 0, `${what}: no Retry-After`);
      return;
    }
  }

  check(false, `${what}: 5 bursts of ${size} and no 503`);
}

async function boundsFull(client: Client): Promise<void> {
  const comparison = await firstComparison(client);
  const answers = await firstAnswers(client, comparison);
  const at = { params: { path: { comparison } } };
  await atOnce("search", "a search while the bound is full", 16, (n) => client.GET("/api/search", { params: { query: { q: `admin word${n}` } } }));
  await atOnce("recommend", "a recommendation while the bound is full", 10, () => client.POST("/api/comparisons/{comparison}/recommendation", { ...at, body: { answers } }));
  await atOnce("recommendForTeam", "a team recommendation while the bound is full", 10, () =>
    client.POST("/api/comparisons/{comparison}/team-recommendation", { ...at, body: { members: [{ answers }, { answers }] } }));
}

/** Last for searches, as it uses up the client's allowance of them: new searches until the limit answers 429. */
async function searchesOverTheLimit(client: Client): Promise<void> {
  current = "search";
  for (let attempt = 0; attempt < 1000; attempt++) {
    const limited = await client.GET("/api/search", { params: { query: { q: `lantern word${attempt}` } } });
    if (limited.response.status === 429) {
      problem(limited.error, limited.response, 429, "a search over the rate limit");
      check(Number(limited.response.headers.get("Retry-After")) > 0, "the search's 429 has no Retry-After");
      return;
    }
  }

  check(false, "1000 searches and no 429");
}

async function main(): Promise<void> {
  const client = createClient<paths>({ baseUrl: origin });
  client.use(recorder);
  for (const [operationId, call] of Object.entries(everyOperation) as [OperationId, (client: Client) => Promise<void>][]) {
    current = operationId;
    try {
      await call(client);
    } catch (error) {
      failures.push(`${operationId}: threw ${String(error)}`);
    }
  }

  await boundsFull(client);
  await overTheLimit(client);
  await searchesOverTheLimit(client);
  console.log(JSON.stringify({ calls, failures }));
  process.exitCode = failures.length === 0 ? 0 : 1;
}

if (origin === undefined) {
  console.error("usage: node generated/js/client-check.js <origin of a running site>");
  process.exitCode = 2;
} else {
  await main();
}
