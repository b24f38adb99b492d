"""Kills `minhbach build` with SIGKILL at random moments and checks that the
output folder is always one whole build: the previous one or the new one,
file for file and byte for byte, and that the staging folders a killed build
leaves behind are removed by the next build.

The site is the example site plus a few thousand generated pages, so that
writing takes long enough for kills to land in the middle of it. Two
variants of the site differ on every page (the footer's copyright line);
each run of the loop builds the variant that is not in the output now, so
a build that mixed old and new files, or left some out, would be caught.

Kill delays are drawn over the measured duration of a build, most of them
inside the write phase (from the moment the staging folder appears to the
moment the output is swapped). Each kill is classified by what it left:

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


def build(minhbach, site, output):
    started = time.monotonic()
    result = subprocess.run([minhbach, "build", "--quiet", "--source", site, "--output", output],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        sys.exit(f"error: a full build failed:\n{result.stdout}")
    return time.monotonic() - started


def count_files(folder):
    return sum(len(names) for _, _, names in os.walk(folder))


def run_and_kill(minhbach, site, output, delay=None, after_files=None):
    """Starts a build and kills it after `delay` seconds, or once its staging
    folder holds `after_files` files. Returns (finished before the kill, pid)."""
    parent = os.path.dirname(output)
    process = subprocess.Popen([minhbach, "build", "--quiet", "--source", site, "--output", output],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    prefix = f"{STAGING_PREFIX}{process.pid}-"
    deadline = time.monotonic() + delay if delay is not None else None
    while process.poll() is None:
        if deadline is not None and time.monotonic() >= deadline:
            break
        if after_files is not None:
            staging = [name for name in os.listdir(parent) if name.startswith(prefix)]
            if staging and count_files(os.path.join(parent, staging[0])) >= after_files:
                break
        time.sleep(0.02)
    finished = process.poll() is not None
    if not finished:
        process.send_signal(signal.SIGKILL)
    process.wait()
    return finished, process.pid


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

    scratch = tempfile.mkdtemp(prefix="minhbach-kill-")
    try:
        site = os.path.join(scratch, "site")
        shutil.copytree(args.content, os.path.join(site, "content"))
        generate_pages(os.path.join(site, "content"), args.pages)
        output = os.path.join(scratch, "site-out")

        # The two complete builds every state of the output must equal.
        references = [None, None]
        durations = []
        for variant in (0, 1):
            set_variant(site, variant)
            durations.append(build(args.minhbach, site, output))
            references[variant] = manifest(output)
        assert references[0] != references[1]
        state = 1
        duration = max(durations)
        files = len(references[0])
        print(f"Site: {sum(1 for path in references[0] if path.endswith('.html'))} pages, {files} files; "
              f"a build takes {duration:.1f} s (seed {seed})")

        outcomes = {"before writing": 0, "while writing": 0, "after the swap": 0, "after the end": 0}
        failures = []
        for kill in range(1, args.kills + 1):
            if kill % 25 == 0:
                # An uninterrupted build: it must remove what the killed ones left.
                state = 1 - state
                set_variant(site, state)
                build(args.minhbach, site, output)
                if manifest(output) != references[state]:
                    failures.append(f"build after kill {kill - 1}: the output is not the complete build")
                if leftovers(scratch):
                    failures.append(f"build after kill {kill - 1}: staging folders left: {', '.join(leftovers(scratch))}")
            target = 1 - state
            set_variant(site, target)
            # Two kills in three once the build has written a random share of
            # its files (so they land while it writes however fast the machine
            # is), the others at a random moment of the whole build.
            if chooser.random() < 2 / 3:
                when = {"after_files": chooser.randint(1, files)}
            else:
                when = {"delay": chooser.uniform(0, duration * 1.1)}
            finished, pid = run_and_kill(args.minhbach, site, output, **when)
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
        build(args.minhbach, site, output)
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
