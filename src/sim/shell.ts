// The shell: runs what syntax.ts parses the way an interactive bash does: lists, pipelines,
// redirections, `if`/`for`/`while`, groups, variables and expansion per command, builtins,
// and bash's own error texts (bash(1) "SHELL GRAMMAR", "REDIRECTION", "SHELL BUILTIN COMMANDS").
import { type Kernel, MAX_HISTORY, errText, type Io, type CmdFn } from './kernel.ts';
import { joinPath, ROOT, type Cred, FsError, type Node } from './fs.ts';
import { COREUTILS } from './coreutils.ts';
import { parse, ShellSyntaxError, type List, type AndOr, type Pipeline, type Command, type Redir } from './syntax.ts';
import { expandWord, expandOne, setVar, ExpansionError, type Expander } from './expand.ts';
import { printf, test } from './commands/builtins.ts';
import { readNode } from './commands/util.ts';
import { logicalCwd } from './systems/common.ts';

export const MAX_LINE = 4096;
export const MAX_OUTPUT = 64 * 1024;
const MAX_DEPTH = 8;
/** Loops stop here: a learner's `while true` must not freeze the page. */
export const MAX_LOOP = 1000;

export interface ShellResult {
  output: string;
  exitCode: number;
  cleared?: boolean;
  question?: string;
}

type Sink = (s: string) => void;

/** Where a command reads and writes: the terminal, a pipe, or files opened by redirections. */
interface Ctx {
  stdin: string | null;
  out: Sink;
  err: Sink;
  /** Whether stdout is the terminal. */
  tty: boolean;
  depth: number;
}

/** An output file opened by a redirection; written when the command is done. */
interface OpenFile {
  path: string;
  chunks: string[];
}

const BUILTINS = [
  'cd',
  'pwd',
  'echo',
  'printf',
  'test',
  '[',
  'history',
  'help',
  'exit',
  'logout',
  'true',
  'false',
  ':',
  'export',
  'unset',
  'type',
  'command',
  'eval',
];

/** Thrown to unwind a line when a command asked a question (the next line answers it). */
class Stop extends Error {}

export class Shell {
  readonly k: Kernel;
  private buf: string[] = [];
  private size = 0;
  private truncated = false;
  private cleared = false;
  private steps = 0;

  constructor(k: Kernel) {
    this.k = k;
  }

  private write(s: string): void {
    if (this.truncated || s === '') return;
    if (this.size + s.length > MAX_OUTPUT) {
      this.buf.push(s.slice(0, Math.max(0, MAX_OUTPUT - this.size)), '\n[output truncated by the simulator]\n');
      this.truncated = true;
      return;
    }
    this.size += s.length;
    this.buf.push(s);
  }

  private finish(exitCode: number): ShellResult {
    let output = this.buf.join('');
    const question = this.k.pending?.question;
    if (output !== '' && !output.endsWith('\n') && question === undefined) output += '\n';
    const r: ShellResult = { output, exitCode };
    if (this.cleared) r.cleared = true;
    if (question !== undefined) r.question = question;
    this.buf = [];
    this.size = 0;
    this.truncated = false;
    this.cleared = false;
    return r;
  }

  run(line: string): ShellResult {
    const k = this.k;
    if (k.pending) {
      const { answer } = k.pending;
      k.pending = null;
      const code = answer(line, this.io(k.cred(), false, this.terminal(0)));
      k.lastExit = code;
      return this.finish(code);
    }
    if (line.trim() === '') return this.finish(k.lastExit);
    this.addHistory(line);
    this.steps = 0;
    const code = this.runText(line, this.terminal(0));
    k.lastExit = code;
    return this.finish(code);
  }

  /**
   * Ctrl+C at the prompt. bash drops the line and sets $? to 130; at a question, SIGINT goes to the
   * tool that asked, which does what its signal handler does.
   */
  interrupt(): ShellResult {
    const k = this.k;
    const pending = k.pending;
    k.pending = null;
    const code = pending?.interrupt ? pending.interrupt(this.io(k.cred(), false, this.terminal(0))) : 130;
    k.lastExit = code;
    return this.finish(code);
  }

  private terminal(depth: number): Ctx {
    const w = (s: string) => this.write(s);
    return { stdin: null, out: w, err: w, tty: true, depth };
  }

  private addHistory(line: string): void {
    const k = this.k;
    if (line.startsWith(' ')) return; // HISTCONTROL=ignoreboth on Fedora/openSUSE defaults
    k.history.push(line);
    if (k.history.length > MAX_HISTORY) {
      k.history.shift();
      k.historyBase++;
    }
  }

  /** Parses and runs one line of text (also `eval` and command substitution). */
  runText(line: string, ctx: Ctx): number {
    let list: List;
    try {
      list = parse(line);
    } catch (e) {
      if (e instanceof ShellSyntaxError) {
        ctx.err(`bash: ${e.message}\n`);
        return 2;
      }
      throw e;
    }
    try {
      return this.list(list, ctx);
    } catch (e) {
      if (e instanceof Stop) return this.k.lastExit;
      throw e;
    }
  }

  private list(list: List, ctx: Ctx): number {
    let status = this.k.lastExit;
    for (const item of list.items) status = this.andOr(item, ctx);
    return status;
  }

  private andOr(ao: AndOr, ctx: Ctx): number {
    let status = this.pipeline(ao.first, ctx);
    for (const { op, pipeline } of ao.rest) {
      if ((op === '&&') === (status === 0)) status = this.pipeline(pipeline, ctx);
    }
    return status;
  }

  private pipeline(p: Pipeline, ctx: Ctx): number {
    let input: string | null = ctx.stdin;
    let status = 0;
    p.cmds.forEach((cmd, i) => {
      const last = i === p.cmds.length - 1;
      const captured: string[] = [];
      const stage: Ctx = last
        ? { ...ctx, stdin: i === 0 ? ctx.stdin : (input ?? '') }
        : { ...ctx, stdin: i === 0 ? ctx.stdin : (input ?? ''), out: (s) => captured.push(s), tty: false };
      status = this.command(cmd, stage);
      input = captured.join('');
    });
    if (p.negate) status = status === 0 ? 1 : 0;
    this.k.lastExit = status;
    if (this.k.pending) throw new Stop();
    return status;
  }

  private expander(ctx: Ctx): Expander {
    return {
      k: this.k,
      substitute: (src) => {
        if (ctx.depth >= MAX_DEPTH) return '';
        const out: string[] = [];
        const saved = this.saveState();
        const code = this.runText(src, {
          ...ctx,
          stdin: null,
          out: (s) => out.push(s),
          tty: false,
          depth: ctx.depth + 1,
        });
        this.restoreState(saved);
        this.k.lastExit = code;
        return out.join('');
      },
    };
  }

  /** A subshell's changes (cwd, variables) do not reach its parent. */
  private saveState() {
    const k = this.k;
    return { cwd: k.cwd, env: { ...k.env }, vars: { ...k.vars } };
  }
  private restoreState(s: { cwd: string; env: Record<string, string>; vars: Record<string, string> }): void {
    const k = this.k;
    k.cwd = s.cwd;
    k.env = Object.assign(Object.create(null) as Record<string, string>, s.env);
    k.vars = Object.assign(Object.create(null) as Record<string, string>, s.vars);
  }

  private tick(ctx: Ctx): boolean {
    if (++this.steps > MAX_LOOP * 4) {
      if (this.steps === MAX_LOOP * 4 + 1) ctx.err(`(simulator: stopped after ${MAX_LOOP * 4} commands on one line)\n`);
      return false;
    }
    return true;
  }

  private command(cmd: Command, ctx: Ctx): number {
    if (!this.tick(ctx)) return 1;
    const files: OpenFile[] = [];
    let inner: Ctx;
    try {
      const r = this.redirect(cmd.redirs, ctx, files, cmd.k === 'simple' ? cmd : null);
      if (r === null) return 1;
      inner = r;
    } catch (e) {
      if (e instanceof ExpansionError) {
        ctx.err(`bash: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
    let status: number;
    try {
      status = this.commandBody(cmd, inner);
    } finally {
      this.flush(files, ctx, cmd);
    }
    return status;
  }

  private commandBody(cmd: Command, ctx: Ctx): number {
    const k = this.k;
    switch (cmd.k) {
      case 'simple':
        return this.simple(cmd, ctx);
      case 'group': {
        if (!cmd.subshell) return this.list(cmd.body, ctx);
        const saved = this.saveState();
        try {
          return this.list(cmd.body, ctx);
        } finally {
          this.restoreState(saved);
        }
      }
      case 'if': {
        for (const c of cmd.clauses) {
          if (this.list(c.cond, ctx) === 0) return this.list(c.body, ctx);
        }
        return cmd.orElse ? this.list(cmd.orElse, ctx) : 0;
      }
      case 'for': {
        let items: string[];
        try {
          items = (cmd.items ?? []).flatMap((w) => expandWord(this.expander(ctx), w));
        } catch (e) {
          if (!(e instanceof ExpansionError)) throw e;
          ctx.err(`bash: ${e.message}\n`);
          return 1;
        }
        let status = 0;
        for (const item of items.slice(0, MAX_LOOP)) {
          setVar(k, cmd.name, item);
          status = this.list(cmd.body, ctx);
        }
        return status;
      }
      case 'while': {
        let status = 0;
        for (let n = 0; ; n++) {
          if (n >= MAX_LOOP) {
            ctx.err(`(simulator: loop stopped after ${MAX_LOOP} rounds)\n`);
            return 1;
          }
          const c = this.list(cmd.cond, ctx);
          if ((c === 0) === cmd.until) break;
          status = this.list(cmd.body, ctx);
          if (this.steps > MAX_LOOP * 4) return 1;
        }
        return status;
      }
    }
  }

  /** Applies redirections left to right (bash(1) "REDIRECTION"); the calling shell opens files as the user. */
  private redirect(redirs: Redir[], ctx: Ctx, files: OpenFile[], simple: Command | null): Ctx | null {
    if (redirs.length === 0) return ctx;
    const k = this.k;
    const x = this.expander(ctx);
    const out: Ctx = { ...ctx };
    const fds: Record<number, Sink> = { 1: ctx.out, 2: ctx.err };
    const tty: Record<number, boolean> = { 1: ctx.tty, 2: true };
    for (const r of redirs) {
      const target = expandOne(x, r.target);
      const fd = r.fd ?? (r.op === '<' || r.op === '<&' || r.op === '<<<' ? 0 : 1);
      if (r.op === '>&' || r.op === '<&') {
        if (/^\d+$/.test(target)) {
          const src = Number(target);
          if (src > 2 || fds[src] === undefined) {
            ctx.err(`bash: ${target}: Bad file descriptor\n`);
            return null;
          }
          if (fd === 0 || src === 0) continue;
          fds[fd] = fds[src] as Sink;
          tty[fd] = tty[src] ?? false;
          continue;
        }
        if (target === '-') continue;
        if (r.op === '<&' || r.fd !== null) {
          ctx.err(`bash: ${target}: ambiguous redirect\n`);
          return null;
        }
      }
      if (r.op === '<<<') {
        out.stdin = target + '\n';
        continue;
      }
      if (target === '' && r.target.parts.every((p) => p.k !== 'lit' || !p.q)) {
        ctx.err(`bash: ${r.target.raw}: ambiguous redirect\n`);
        return null;
      }
      try {
        if (r.op === '<') {
          const n = k.fs.get(target, k.cwd, k.cred());
          if (n.t === 'd') throw new FsError('EISDIR');
          k.fs.checkRead(n, k.cred());
          out.stdin = readNode(k, n);
          continue;
        }
        const append = r.op === '>>' || r.op === '&>>';
        k.fs.writeFile(target, k.cwd, k.cred(), '', append || fd > 2);
        if (fd > 2) continue;
        const f: OpenFile = { path: target, chunks: [] };
        files.push(f);
        const sink: Sink = (s) => f.chunks.push(s);
        if (r.op === '&>' || r.op === '&>>' || r.op === '>&') {
          fds[1] = sink;
          fds[2] = sink;
          tty[1] = false;
        } else {
          fds[fd] = sink;
          tty[fd] = false;
        }
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        ctx.err(`bash: ${target}: ${errText(e)}\n`);
        return null;
      }
    }
    void simple;
    out.out = fds[1] as Sink;
    out.err = fds[2] as Sink;
    out.tty = tty[1] ?? false;
    return out;
  }

  /** Writes what went to redirected files; a full disk is the writing command's error, as write(2) returns it. */
  private flush(files: OpenFile[], ctx: Ctx, cmd: Command): void {
    const k = this.k;
    for (const f of files) {
      if (f.chunks.length === 0) continue;
      try {
        k.fs.writeFile(f.path, k.cwd, k.cred(), f.chunks.join(''), true);
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        const name = cmd.k === 'simple' && cmd.words[0] ? cmd.words[0].raw : 'bash';
        const who = BUILTINS.includes(name) ? `bash: ${name}` : name;
        ctx.err(`${who}: write error: ${errText(e)}\n`);
        k.lastExit = 1;
      }
    }
  }

  private simple(cmd: Command & { k: 'simple' }, ctx: Ctx): number {
    const k = this.k;
    const x = this.expander(ctx);
    let words: string[];
    const values: [string, string][] = [];
    try {
      for (const a of cmd.assigns) values.push([a.name, expandOne(x, a.value)]);
      words = cmd.words.flatMap((w) => expandWord(x, w));
    } catch (e) {
      if (!(e instanceof ExpansionError)) throw e;
      ctx.err(`bash: ${e.message}\n`);
      return 1;
    }
    if (words.length === 0) {
      for (const [n, v] of values) setVar(k, n, v);
      return cmd.words.length || cmd.assigns.some((a) => a.value.parts.some((p) => p.k === 'cmd')) ? k.lastExit : 0;
    }
    // `NAME=value cmd`: the variables are in the command's environment only.
    const saved = values.map(([n]) => [n, Object.hasOwn(k.env, n) ? k.env[n] : undefined] as const);
    for (const [n, v] of values) k.env[n] = v;
    try {
      return this.exec(words, k.cred(), false, ctx);
    } finally {
      for (const [n, v] of saved) {
        if (v === undefined) delete k.env[n];
        else k.env[n] = v;
      }
    }
  }

  private io(cred: Cred, sudo: boolean, ctx: Ctx): Io {
    return {
      k: this.k,
      cred,
      sudo,
      stdin: ctx.stdin,
      tty: ctx.tty,
      out: ctx.out,
      clear: () => this.markCleared(),
      err: ctx.err,
      ask: (question, answer, interrupt) => {
        this.k.pending = { question, answer, interrupt };
        return 0;
      },
    };
  }

  /** Finds what a command name runs: a builtin, or a program file on PATH. */
  lookup(
    name: string,
    cred: Cred,
  ):
    | { kind: 'builtin' }
    | { kind: 'file'; path: string; impl: string | null }
    | { kind: 'denied'; path: string }
    | null {
    const k = this.k;
    if (BUILTINS.includes(name)) return { kind: 'builtin' };
    const path = cred.user === 'root' && !k.rootShell ? k.sysmod.rootPath : (k.env.PATH ?? ''); // sudo uses secure_path
    const candidates = name.includes('/')
      ? [name]
      : path
          .split(':')
          .filter(Boolean)
          .map((d) => joinPath(d, name));
    for (const p of candidates) {
      let n: Node;
      try {
        n = k.fs.get(p, k.cwd, cred);
      } catch {
        continue;
      }
      if (n.t !== 'f') continue;
      if (!k.fs.canExec(n, cred)) return { kind: 'denied', path: p };
      const m = /^ELF sim:(\S+)/.exec(n.data);
      return { kind: 'file', path: p, impl: m ? (m[1] ?? null) : null };
    }
    return null;
  }

  commandNames(): string[] {
    const names = new Set<string>(BUILTINS);
    for (const d of (this.k.env.PATH ?? '').split(':').filter(Boolean)) {
      const n = this.k.fs.tryGet(d, '/', this.k.cred());
      if (n?.t === 'd') for (const [name, f] of n.kids) if (f.t !== 'd') names.add(name);
    }
    return [...names].sort();
  }

  impl(name: string): CmdFn | undefined {
    const own = this.k.sysmod.commands;
    if (Object.hasOwn(own, name)) return own[name];
    if (Object.hasOwn(COREUTILS, name)) return COREUTILS[name];
    return undefined;
  }

  exec(words: string[], cred: Cred, sudo: boolean, ctx: Ctx): number {
    const [name = '', ...args] = words;
    const io = this.io(cred, sudo, ctx);
    if (name === 'sudo') return this.sudo(io, args, ctx);
    const found = this.lookup(name, cred);
    if (found === null) {
      if (sudo) {
        io.err(`sudo: ${name}: command not found\n`);
        return 1;
      }
      io.err(`bash: ${name}: command not found\n`);
      return 127;
    }
    if (found.kind === 'denied') {
      io.err(sudo ? `sudo: ${found.path}: command not found\n` : `bash: ${found.path}: Permission denied\n`);
      return sudo ? 1 : 126;
    }
    if (found.kind === 'builtin') {
      if (sudo) {
        // sudo runs programs, not shell builtins; echo, printf, test, [, true, false, pwd exist as programs too.
        const program = ['echo', 'printf', 'test', '[', 'true', 'false', 'pwd'].includes(name);
        if (!program) {
          io.err(`sudo: ${name}: command not found\n`);
          return 1;
        }
      }
      return this.builtin(io, name, args, ctx);
    }
    const fn = found.impl ? this.impl(found.impl) : undefined;
    const version = found.impl ? this.k.sysmod.pkgVersion(found.impl) : undefined;
    if (!fn && version && (args[0] === '--version' || args[0] === '-V' || args[0] === '-v')) {
      io.out(`${found.impl} ${version}\n`);
      return 0;
    }
    if (!fn) return this.notEmulated(io, name, found.path);
    if (sudo)
      this.k.log('session-1.scope', this.sudoLogLine(found.path, args), `sudo[${1300 + this.k.history.length}]`);
    try {
      return fn(io, args);
    } catch (e) {
      if (e instanceof FsError) {
        io.err(`${name}: ${errText(e)}\n`);
        return 1;
      }
      throw e;
    }
  }

  /** What sudo(8) logs for each command it runs (its default log format). */
  private sudoLogLine(path: string, args: string[]): string {
    const k = this.k;
    return `${k.sysmod.user.padStart(8)} : TTY=pts/0 ; PWD=${k.cwd} ; USER=root ; COMMAND=${[path, ...args].join(' ')}`;
  }

  /** A program that exists on the real system but has no simulation: say so, and fail. */
  private notEmulated(io: Io, name: string, path: string): number {
    io.err(`${name}: ${path} is installed on ${this.k.sysmod.name}; this simulator does not emulate it\n`);
    return 1;
  }

  /** The simulated commands installed on this system, for `help`. */
  private simulatedList(): string {
    const installed = new Set(this.commandNames());
    const names = [...new Set([...Object.keys(COREUTILS), ...Object.keys(this.k.sysmod.commands), ...BUILTINS])]
      .filter((n) => installed.has(n) || this.lookup(n, ROOT) !== null)
      .sort();
    const lines: string[] = [];
    let cur = 'Simulated commands:';
    for (const n of names) {
      if ((cur + ' ' + n).length > 78) {
        lines.push(cur);
        cur = ' ';
      }
      cur += ' ' + n;
    }
    lines.push(cur);
    return lines.join('\n') + '\n';
  }

  private sudo(io: Io, args: string[], ctx: Ctx): number {
    const k = this.k;
    while (args[0] === '-E' || args[0] === '-H' || (args[0] === '-u' && args[1] === 'root'))
      args = args.slice(args[0] === '-u' ? 2 : 1);
    if (args.length === 0) {
      io.err(
        'usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user]\n            [-u user] [command [arg ...]]\nusage: sudo [-ABbEHkNnPS] [-C num] [-D directory] [-g group] [-h host] [-p\n            prompt] [-R directory] [-T timeout] [-u user] [VAR=value] [-i | -s]\n            [command [arg ...]]\n',
      );
      return 1;
    }
    const first = args[0] ?? '';
    if (
      (first === '-i' || first === '-s' || (first === 'su' && (args.length === 1 || args[1] === '-'))) &&
      args.length <= 2
    ) {
      k.rootShell = true;
      const cwd = k.cwd;
      k.resetEnv();
      // The kernel's cwd is physical; $PWD keeps the logical home (/root may be a symlink).
      const home = k.home('root');
      const canon = k.fs.tryGet(home) ? k.fs.resolve(home, '/', ROOT, true).path : '/';
      k.cwd = first !== '-s' ? canon : cwd;
      k.env.PWD = first !== '-s' && canon !== '/' ? home : k.cwd;
      return 0;
    }
    if (first.startsWith('-')) {
      io.err(`sudo: invalid option -- '${first.slice(1, 2)}'\n`);
      return 1;
    }
    if (ctx.depth >= MAX_DEPTH) return 1;
    return this.exec(args, ROOT, true, { ...ctx, depth: ctx.depth + 1 });
  }

  private builtin(io: Io, name: string, args: string[], ctx: Ctx): number {
    const k = this.k;
    switch (name) {
      case 'cd': {
        const target =
          args[0] === undefined ? (k.env.HOME ?? '/') : args[0] === '-' ? (k.env.OLDPWD ?? k.cwd) : args[0];
        if (args.length > 1) {
          io.err('bash: cd: too many arguments\n');
          return 1;
        }
        try {
          const r = k.fs.resolve(target, k.cwd, io.cred, true);
          if (!r.node) throw new FsError('ENOENT');
          if (r.node.t !== 'd') throw new FsError('ENOTDIR');
          if (!k.fs.canExec(r.node, io.cred)) throw new FsError('EACCES');
          k.env.OLDPWD = k.cwd;
          k.cwd = r.path;
          k.env.PWD = r.path;
          if (args[0] === '-') io.out(r.path + '\n');
          return 0;
        } catch (e) {
          io.err(`bash: cd: ${target}: ${errText(e)}\n`);
          return 1;
        }
      }
      case 'pwd':
        io.out(logicalCwd(k) + '\n');
        return 0;
      case 'echo':
        return (COREUTILS.echo as CmdFn)(io, args);
      case 'printf':
        return printf(io, args, 'bash: printf');
      case 'test':
      case '[':
        return test(io, args, name, 'bash: ');
      case 'true':
      case ':':
        return 0;
      case 'false':
        return 1;
      case 'export': {
        let status = 0;
        for (const a of args.filter((x) => x !== '-n')) {
          const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(a);
          if (!m) {
            io.err(`bash: export: \`${a}': not a valid identifier\n`);
            status = 1;
            continue;
          }
          const [, n = ''] = m; // the name group takes part in every match
          const v = m[2] ?? (Object.hasOwn(k.vars, n) ? k.vars[n] : Object.hasOwn(k.env, n) ? k.env[n] : undefined);
          delete k.vars[n];
          if (v !== undefined) k.env[n] = v.slice(0, 4096);
        }
        if (args.length === 0 || args.includes('-p'))
          for (const [n, v] of Object.entries(k.env)) io.out(`declare -x ${n}="${v}"\n`);
        return status;
      }
      case 'unset':
        for (const a of args.filter((x) => !x.startsWith('-'))) {
          delete k.vars[a];
          delete k.env[a];
        }
        return 0;
      case 'eval':
        if (ctx.depth >= MAX_DEPTH) return 1;
        return this.runText(args.join(' '), { ...ctx, depth: ctx.depth + 1 });
      case 'history': {
        if (args[0] === '-c') {
          k.history = [];
          return 0;
        }
        const n = args[0] !== undefined && /^\d+$/.test(args[0]) ? Number(args[0]) : k.history.length;
        const start = Math.max(0, k.history.length - n);
        for (let i = start; i < k.history.length; i++)
          io.out(`${String(k.historyBase + i).padStart(5)}  ${k.history[i]}\n`);
        return 0;
      }
      case 'exit':
      case 'logout':
        if (name === 'exit' && k.sysmod.leaveShell?.(k, io)) return 0;
        if (k.rootShell) {
          k.rootShell = false;
          io.out('logout\n');
          k.cwd = k.env.OLDPWD && k.fs.tryGet(k.env.OLDPWD) ? k.env.OLDPWD : k.home(k.user);
          k.resetEnv();
          return 0;
        }
        io.out('logout\n');
        io.err('(simulator: this session stays open; type `reboot` to restart the machine)\n');
        return 0;
      case 'type':
      case 'command': {
        let status = 0;
        const names = args.filter((a) => !a.startsWith('-'));
        if (name === 'command' && !args.includes('-v') && !args.includes('-V') && names.length)
          return this.exec(names, io.cred, false, { ...ctx, depth: ctx.depth + 1 });
        for (const n of names) {
          const f = this.lookup(n, io.cred);
          if (f?.kind === 'builtin') io.out(name === 'type' ? `${n} is a shell builtin\n` : `${n}\n`);
          else if (f?.kind === 'file') io.out(name === 'type' ? `${n} is ${f.path}\n` : `${f.path}\n`);
          else {
            if (name === 'type') io.err(`bash: type: ${n}: not found\n`);
            status = 1;
          }
        }
        return status;
      }
      case 'help':
        io.out(this.helpText());
        return 0;
    }
    return 0;
  }

  private helpText(): string {
    const sys = this.k.sysmod;
    return [
      `This is a simulated ${sys.name} machine. Nothing here touches a real system.`,
      'Shell: quoting, $VARS, $(...), ; && || |, > >> < 2> 2>&1, globs, if/for/while, sudo, cd, history.',
      '',
      this.simulatedList().trimEnd(),
      '',
      "Try writing to /usr, then use the system's own tool to change it and reboot.",
      '',
    ].join('\n');
  }

  markCleared(): void {
    this.cleared = true;
    this.buf = [];
    this.size = 0;
  }
}
