// The commands every simulated system has, gathered from their families in commands/.
import type { CmdFn } from './kernel.ts';
import { FILE_COMMANDS } from './commands/files.ts';
import { LISTING_COMMANDS } from './commands/listing.ts';
import { TEXT_COMMANDS } from './commands/text.ts';
import { MOUNT_COMMANDS } from './commands/mounts.ts';
import { SYSTEM_COMMANDS } from './commands/system.ts';
import { SERVICE_COMMANDS } from './commands/services.ts';
import { BUILTIN_PROGRAMS } from './commands/builtins.ts';
import { SEARCH_COMMANDS } from './commands/search.ts';

export { opts } from './commands/util.ts';

export const COREUTILS: Record<string, CmdFn> = Object.assign(Object.create(null) as Record<string, CmdFn>, {
  ...FILE_COMMANDS,
  ...LISTING_COMMANDS,
  ...SEARCH_COMMANDS,
  ...TEXT_COMMANDS,
  ...MOUNT_COMMANDS,
  ...SYSTEM_COMMANDS,
  ...SERVICE_COMMANDS,
  ...BUILTIN_PROGRAMS,
});

/** systemd's programs, which k3OS (OpenRC) does not have. */
export const SYSTEMD_BINARIES = ['systemctl', 'journalctl', 'reboot', 'poweroff', 'shutdown'];

/** Program files every system has in /usr/bin; a system adds its own. */
export const COMMON_BINARIES = Object.keys(COREUTILS).filter((c) => !SYSTEMD_BINARIES.includes(c));
