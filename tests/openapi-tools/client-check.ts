// Uses the client that openapi-typescript generates from the served document (generated/api.d.ts), as a developer
// would: `tsc --noEmit` must accept it with no edits to the generated file. OpenApiToolTests runs both tools.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

const client = createClient<paths>({ baseUrl: "https://example.org" });

export async function everyOperation(): Promise<void> {
  const comparisons = await client.GET("/api/comparisons");
  const slug: string | undefined = comparisons.data?.[0]?.slug;

  const questionnaire = await client.GET("/api/comparisons/{comparison}/questionnaire", {
    params: { path: { comparison: slug ?? "quill-vs-lantern" } },
  });
  const firstQuestion: string | undefined = questionnaire.data?.questions[0]?.id;
  const notFound: number | null | undefined = questionnaire.error?.status;

  // The README's own body: an answer that matters a lot.
  const recommendation = await client.POST("/api/comparisons/{comparison}/recommendation", {
    params: { path: { comparison: "quill-vs-lantern" } },
    body: { answers: { experience: { option: "none", importance: "high" }, size: "small", hosting: null } },
  });
  // The 200 is JSON, or the decision record as Markdown for a client that asks for text/markdown.
  const result = typeof recommendation.data === "string" ? undefined : recommendation.data;
  const confidence: "clear-fit" | "leaning" | "toss-up" | undefined = result?.confidence;
  const decidedBy: "score" | "tie-break" | undefined = result?.recommended.decidedBy;
  const problem = recommendation.error;
  const errors: Record<string, string[]> | undefined = problem && "errors" in problem ? problem.errors : undefined;

  const wrongMethod = await client.GET("/api/comparisons/{comparison}/recommendation", {
    params: { path: { comparison: "quill-vs-lantern" } },
  });
  const useInstead: string | null | undefined = wrongMethod.error?.detail;

  // A team: names and answers per member; the settle list says which agreed answer would change the outcome.
  const team = await client.POST("/api/comparisons/{comparison}/team-recommendation", {
    params: { path: { comparison: "quill-vs-lantern" } },
    body: { members: [{ name: "Ana", answers: { experience: "none" } }, { answers: { size: { option: "small", importance: "high" } } }] },
  });
  const teamConfidence: "clear-fit" | "leaning" | "toss-up" | undefined = team.data?.confidence;
  const settleWith: string | undefined = team.data?.settle[0]?.answer;
  const teamErrors: Record<string, string[]> | undefined = team.error && "errors" in team.error ? team.error.errors : undefined;

  const search = await client.GET("/api/search", { params: { query: { q: "admin" } } });
  const hits: number | undefined = search.data?.total;

  console.log(firstQuestion, notFound, confidence, decidedBy, errors, useInstead, teamConfidence, settleWith, teamErrors, hits);
}

// What the document rules out, a generated client rules out too.
export const unknownImportance: components["schemas"]["RecommendationRequest"] = {
  // @ts-expect-error importance is "normal" or "high"
  answers: { experience: { option: "none", importance: "very" } },
};

export const teamWithoutAnswers: components["schemas"]["TeamMemberRequest"] = {
  name: "Ana",
  // @ts-expect-error answers are required
  answer: {},
};

export async function searchWithoutWords(): Promise<void> {
  // @ts-expect-error q is required
  await client.GET("/api/search", { params: { query: {} } });
}
