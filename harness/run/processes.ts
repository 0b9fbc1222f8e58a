// Whether a process recorded by pid (in a lock, a folder's name) still runs:
// what a killed run left behind may be taken over or removed once it is gone.

/** True while `pid` runs; a process of another user (EPERM) runs too. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
