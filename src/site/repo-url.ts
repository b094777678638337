/**
 * The repository's web address, for each docs page's "Edit page" and "Report an error" links.
 * REPO_URL wins; otherwise the address the deploy service states (GitHub Actions, Netlify,
 * Vercel), so a deployed site gets the links without configuration. Anything that is not an
 * https address is ignored (Netlify may state an ssh remote): no link beats a broken one.
 */
export type Env = Record<string, string | undefined>;

const https = (value: string | undefined): string | undefined => {
  const given = value
    ?.trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  if (!given) return undefined;
  try {
    return new URL(given).protocol === 'https:' ? given : undefined;
  } catch {
    return undefined;
  }
};

export function repoUrlFrom(env: Env): string | undefined {
  const fromGitHubActions =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
  const fromVercel =
    env.VERCEL_GIT_PROVIDER === 'github' && env.VERCEL_GIT_REPO_OWNER && env.VERCEL_GIT_REPO_SLUG
      ? `https://github.com/${env.VERCEL_GIT_REPO_OWNER}/${env.VERCEL_GIT_REPO_SLUG}`
      : undefined;
  // Netlify: REPOSITORY_URL (docs.netlify.com, "Build environment variables").
  for (const candidate of [env.REPO_URL, fromGitHubActions, env.REPOSITORY_URL, fromVercel]) {
    const url = https(candidate);
    if (url) return url;
  }
  return undefined;
}
