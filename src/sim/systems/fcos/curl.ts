// curl on Fedora CoreOS, only as far as `override replace ./file.rpm` needs it: downloading a URL of
// the RPM catalog (rpms.ts) to a file with -o FILE or -O. The simulated network serves nothing else:
// other URLs answer 404, which curl saves as the page it gets unless -f is given. There is no
// progress meter. Messages: curl 8 (src/tool_msgs.c, tool_cb_wrt.c, lib/http.c, lib/cw-out.c).
import type { CmdFn } from '../../kernel.ts';
import { FsError } from '../../fs.ts';
import { errText } from '../../kernel.ts';
import { isHttpArg, rpmAtUrl, rpmFileData } from './rpms.ts';

/** Apache httpd's own 404 page, which the Fedora download servers answer with. */
const NOT_FOUND_PAGE =
  '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n' +
  '</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';

export const curl: CmdFn = (io, args) => {
  let output: string | undefined;
  let remoteName = false;
  let fail = false;
  let silent = false;
  let showError = false;
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-o' || a === '--output') output = args[++i];
    else if (a.startsWith('--output=')) output = a.slice(9);
    else if (a === '--remote-name') remoteName = true;
    else if (a === '--fail') fail = true;
    else if (a === '--silent') silent = true;
    else if (a === '--show-error') showError = true;
    else if (a === '--location') continue;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      for (const f of a.slice(1)) {
        if (f === 'O') remoteName = true;
        else if (f === 'f') fail = true;
        else if (f === 's') silent = true;
        else if (f === 'S') showError = true;
        else if (f === 'o') output = args[++i];
        else if (f !== 'L') {
          io.err(`curl: option -${f}: this simulator does not emulate it\n`);
          return 1;
        }
      }
    } else if (a.startsWith('-')) {
      io.err(`curl: option ${a}: this simulator does not emulate it\n`);
      return 1;
    } else urls.push(a);
  }
  const url = urls[0];
  if (!url) {
    // helpf() in src/tool_msgs.c, for CURLE_FAILED_INIT.
    io.err("curl: (2) no URL specified\ncurl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const quiet = silent && !showError;
  if (!isHttpArg(url)) {
    io.err('curl: this simulator only fetches http:// and https:// URLs\n');
    return 1;
  }
  const file =
    output ??
    (remoteName
      ? url
          .replace(/[?#].*$/, '')
          .split('/')
          .pop()
      : undefined);
  if (file === undefined) {
    io.err('curl: this simulator only downloads to a file (-o FILE or -O)\n');
    return 1;
  }
  if (!file) {
    io.err('curl: this simulator needs a file name in the URL for -O\n');
    return 1;
  }
  const rpm = rpmAtUrl(url);
  if (!rpm && fail) {
    if (!quiet) io.err('curl: (22) The requested URL returned error: 404\n');
    return 22;
  }
  const data = rpm ? rpmFileData(rpm) : NOT_FOUND_PAGE;
  try {
    io.k.fs.writeFile(file, io.k.cwd, io.cred, data, false);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    // The file is opened at the first write (tool_write_cb()); warnf() is muted by -s.
    if (!silent) io.err(`Warning: Failed to open the file ${file}: ${errText(e)}\n`);
    if (!quiet) io.err(`curl: (23) client returned ERROR on write of ${data.length} bytes\n`);
    return 23;
  }
  return 0;
};
