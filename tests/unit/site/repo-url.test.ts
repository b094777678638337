import { describe, expect, it } from 'vitest';
import { repoUrlFrom } from '../../../src/site/repo-url.ts';

describe('repoUrlFrom', () => {
  it('takes REPO_URL first, without a trailing slash or .git', () => {
    expect(repoUrlFrom({ REPO_URL: 'https://github.com/me/talk.git/', GITHUB_REPOSITORY: 'x/y' })).toBe(
      'https://github.com/me/talk',
    );
  });

  it('finds the repository a deploy service states', () => {
    expect(repoUrlFrom({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'me/talk' })).toBe(
      'https://github.com/me/talk',
    );
    expect(repoUrlFrom({ REPOSITORY_URL: 'https://gitlab.com/me/talk' })).toBe('https://gitlab.com/me/talk');
    expect(
      repoUrlFrom({ VERCEL_GIT_PROVIDER: 'github', VERCEL_GIT_REPO_OWNER: 'me', VERCEL_GIT_REPO_SLUG: 'talk' }),
    ).toBe('https://github.com/me/talk');
  });

  it('gives no address rather than one that is not a web address', () => {
    expect(repoUrlFrom({})).toBeUndefined();
    expect(repoUrlFrom({ REPOSITORY_URL: 'git@github.com:me/talk.git' })).toBeUndefined();
    expect(repoUrlFrom({ REPO_URL: 'not a url' })).toBeUndefined();
    expect(repoUrlFrom({ REPO_URL: 'http://example.org/me/talk' })).toBeUndefined();
    expect(repoUrlFrom({ VERCEL_GIT_PROVIDER: 'gitlab', VERCEL_GIT_REPO_OWNER: 'me', VERCEL_GIT_REPO_SLUG: 't' })).toBe(
      undefined,
    );
  });
});
