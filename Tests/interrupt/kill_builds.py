"""Kills `minhbach build` with SIGKILL at random moments and checks that the
output folder is always one whole build: the previous one or the new one,
file for file and byte for byte, and that the staging folders a killed build
leaves behind are removed by the next build.

The site is the example site plus 400 generated pages (about 1,000 pages,
1,700 files). Two variants of the site differ on every page (the footer's
copyright line); each run of the loop builds the variant that is not in the
output now, so a build that mixed old and new files, or left some out,
would be caught.

Two kills in three come at a random point of the write phase, counted from
the moment the build's staging folder appears, over the length of the
write phase of the last uninterrupted build (measured again every 25
kills: on a shared machine a build's speed changes from minute to minute);
the others come after a random delay over the whole build. Each kill is classified by
what it left:

  before writing  the output is the old build, no staging folder yet
  while writing   the output is the old build, a staging folder exists
  after the swap  the output is the new build, the old one is being deleted
  after the end   the process had already finished

Usage (see scripts/check-interrupted-builds):
  python3 kill_builds.py MINHBACH CONTENT_DIR [--kills N] [--pages N] [--seed N]
"""
import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

STAGING_PREFIX = ".site-out.tmp-"
VARIANTS = ("Phiên bản A của trang thử", "Phiên bản B của trang thử")


def generate_pages(content, count):
    """A section of `count` short news pages with headings, lists and a table."""
    section = os.path.join(content, "ban-tin")
    os.makedirs(section)
    with open(os.path.join(section, "_index.md"), "w", encoding="utf-8") as out:
        out.write("---\ntitle: Bản tin\nweight: 50\n---\nCác bản tin sinh tự động để thử bản dựng bị ngắt.\n")
    for number in range(1, count + 1):
        with open(os.path.join(section, f"ban-tin-{number:05d}.md"), "w", encoding="utf-8") as out:
            out.write(
                f"---\ntitle: \"Bản tin số {number}\"\ndate: 2025-{number % 12 + 1:02d}-{number % 28 + 1:02d}\n---\n"
                f"## Tình hình thực hiện\n\nXã số {number} đã hoàn thành {number % 19 + 1} tiêu chí nông thôn mới.\n\n"
                f"- Giảm nghèo: {number % 7} hộ\n- Đường giao thông: {number % 13} km\n\n"
                f"| Chỉ tiêu | Giá trị |\n|---|---|\n| Hộ nghèo | {number % 90} |\n")


def set_variant(site, variant):
    """Rewrites the copyright line of site.yaml: it is on every page."""
    path = os.path.join(site, "content", "site.yaml")
    lines = [line for line in open(path, encoding="utf-8") if not line.startswith("copyright:")]
    lines.append(f"copyright: \"{VARIANTS[variant]}\"\n")
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(lines)


def manifest(folder):
    """{relative path: sha256} of every file below folder (None when it is missing)."""
    if not os.path.isdir(folder):
        return None
    files = {}
    for directory, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(directory, name)
            with open(path, "rb") as handle:
                files[os.path.relpath(path, folder)] = hashlib.sha256(handle.read()).hexdigest()
    return files


def leftovers(parent):
    return sorted(name for name in os.listdir(parent) if name.startswith(STAGING_PREFIX))


class Run:
    """One build, watched through a listing of the output's parent folder
    every few milliseconds (cheap: walking the staging folder to count its
    files would take a core of this two-core machine from the build)."""

    def __init__(self, minhbach, site, output, kill_after=None, kill_into_write=None):
        parent = os.path.dirname(output)
        started = time.monotonic()
        # Messages go to a file: a pipe that nobody reads while the build
        # runs could fill up and stop it.
        log = tempfile.TemporaryFile()
        process = subprocess.Popen([minhbach, "build", "--quiet", "--source", site, "--output", output],
                                   stdout=log, stderr=subprocess.STDOUT)
        prefix = f"{STAGING_PREFIX}{process.pid}-"
        self.write_started = self.write_ended = None
        killed = False
        while process.poll() is None:
            now = time.monotonic() - started
            staging = any(name.startswith(prefix) for name in os.listdir(parent))
            if staging and self.write_started is None:
                self.write_started = now
            elif not staging and self.write_started is not None and self.write_ended is None:
                self.write_ended = now
            if (kill_after is not None and now >= kill_after) or (
                    kill_into_write is not None and self.write_started is not None and now >= self.write_started + kill_into_write):
                process.send_signal(signal.SIGKILL)
                killed = True
                break
            time.sleep(0.004)
        process.wait()
        log.seek(0)
        output_text = log.read().decode("utf-8", "replace")
        log.close()
        self.finished = not killed
        self.pid = process.pid
        self.duration = time.monotonic() - started
        if self.finished and process.returncode != 0:
            sys.exit(f"error: a build failed:\n{output_text}")

    @property
    def write_window(self):
        """Seconds from the staging folder's creation to the swap."""
        return (self.write_ended or self.duration) - (self.write_started or 0)


def describe_difference(actual, expected_old, expected_new):
    if actual is None:
        return "the output folder does not exist"
    lines = []
    for label, expected in (("old", expected_old), ("new", expected_new)):
        missing = sorted(set(expected) - set(actual))
        extra = sorted(set(actual) - set(expected))
        changed = sorted(path for path in set(actual) & set(expected) if actual[path] != expected[path])
        lines.append(f"  against the {label} build: {len(missing)} files missing, {len(extra)} extra, {len(changed)} different"
                     + (f" (e.g. {(missing + extra + changed)[0]})" if missing or extra or changed else ""))
    return "\n".join(lines)


def scratch_parent():
    """/dev/shm when it has room: the run writes about a hundred builds and
    deletes as many, which on a shared disk makes every build wait for the
    disk, and the machine is busy with writeback long after. What a SIGKILL
    leaves does not depend on the file system: a rename is atomic for any."""
    try:
        stats = os.statvfs("/dev/shm")
        if stats.f_bavail * stats.f_frsize > 2 << 30 and os.access("/dev/shm", os.W_OK):
            return "/dev/shm"
    except OSError:
        pass
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("minhbach")
    parser.add_argument("content")
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    chooser = random.Random(seed)
    verbose = bool(os.environ.get("VERBOSE"))

    scratch = tempfile.mkdtemp(prefix="minhbach-kill-", dir=scratch_parent())
    try:
        site = os.path.join(scratch, "site")
        shutil.copytree(args.content, os.path.join(site, "content"))
        generate_pages(os.path.join(site, "content"), args.pages)
        output = os.path.join(scratch, "site-out")

        # The two complete builds every state of the output must equal.
        references = [None, None]
        runs = []
        for variant in (0, 1):
            set_variant(site, variant)
            runs.append(Run(args.minhbach, site, output))
            references[variant] = manifest(output)
        assert references[0] != references[1]
        state = 1
        # The last uninterrupted build's timing: the machine's speed changes
        # with what else runs on it.
        duration, window = runs[-1].duration, runs[-1].write_window
        print(f"Site: {sum(1 for path in references[0] if path.endswith('.html'))} pages, {len(references[0])} files; "
              f"a build takes {duration:.1f} s, {window:.1f} s of it writing (seed {seed})")

        outcomes = {"before writing": 0, "while writing": 0, "after the swap": 0, "after the end": 0}
        failures = []
        for kill in range(1, args.kills + 1):
            if kill % 25 == 0:
                # An uninterrupted build: it must remove what the killed ones left.
                state = 1 - state
                set_variant(site, state)
                run = Run(args.minhbach, site, output)
                duration, window = run.duration, run.write_window
                if manifest(output) != references[state]:
                    failures.append(f"build after kill {kill - 1}: the output is not the complete build")
                if leftovers(scratch):
                    failures.append(f"build after kill {kill - 1}: staging folders left: {', '.join(leftovers(scratch))}")
            target = 1 - state
            set_variant(site, target)
            # Two kills in three at a random point of the write phase, counted
            # from the moment the staging folder appears; the others at a
            # random moment of the whole build.
            if chooser.random() < 2 / 3:
                when = {"kill_into_write": chooser.uniform(0, window * 0.95)}
            else:
                when = {"kill_after": chooser.uniform(0, duration * 1.1)}
            run = Run(args.minhbach, site, output, **when)
            finished, pid = run.finished, run.pid
            if finished:  # it ran faster than the last one: time the next kills by it
                duration, window = run.duration, run.write_window
            staging = [name for name in leftovers(scratch) if name.startswith(f"{STAGING_PREFIX}{pid}-")]
            actual = manifest(output)
            if actual == references[state]:
                outcome = "while writing" if staging else "before writing"
            elif actual == references[target]:
                outcome = "after the end" if finished else "after the swap"
                state = target
            else:
                failures.append(f"kill {kill} ({when}): the output is neither the old nor the new build\n"
                                + describe_difference(actual, references[state], references[target]))
                break
            outcomes[outcome] += 1
            if verbose:
                print(f"kill {kill} {when}: {outcome}; {len(leftovers(scratch))} staging folders")

        set_variant(site, 1 - state)
        Run(args.minhbach, site, output)
        if leftovers(scratch):
            failures.append(f"final build: staging folders left: {', '.join(leftovers(scratch))}")
        print(f"{sum(outcomes.values())} kills: " + ", ".join(f"{count} {name}" for name, count in outcomes.items()))
        if failures:
            print("FAILED:\n" + "\n".join(failures), file=sys.stderr)
            sys.exit(1)
        if outcomes["while writing"] < args.kills // 2:
            sys.exit(f"error: only {outcomes['while writing']} of {args.kills} kills landed while the build was writing")
        print("The output was a whole build after every kill; the next build removed the staging folders.")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
