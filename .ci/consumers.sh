#!/usr/bin/env bash
# Consumer checks: packs the three packages into a local folder, then uses them exactly as README.md's Install
# section says: a fresh net10.0 console program that compiles and runs the README's usage example, a net472
# class library that embeds the package (built against Microsoft.NETFramework.ReferenceAssemblies), the
# cae tool installed into a tool folder, and two programs from the README's "Embed the library" example (net10.0
# and net472, Cae.IO from the package) whose report JSON must equal the tool's.
# Everything happens in a temporary folder that is removed afterwards.
# Called by .ci/run; can be run alone: bash .ci/consumers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repository=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The names the README's commands use.
export PACKAGES=$work/packages TOOLS=$work/tools

install_section=$(sed -n '/<!-- install:start -->/,/<!-- install:end -->/p' README.md)
example=$(sed -n '/<!-- example:start -->/,/<!-- example:end -->/p' README.md | sed '1d;$d' | grep -v '^```')
io_example=$(sed -n '/<!-- io-example:start -->/,/<!-- io-example:end -->/p' README.md | sed '1d;$d' | grep -v '^```')
if [ -z "$install_section" ] || [ -z "$example" ] || [ -z "$io_example" ]; then
  echo "README.md needs the <!-- install:start/end -->, <!-- example:start/end --> and <!-- io-example:start/end --> markers" >&2
  exit 1
fi

step() { printf '\n== consumers: %s\n' "$*"; }
# Runs one command of the README's Install section, as it is written there.
documented() {
  if ! grep -qF -- "$1" <<<"$install_section"; then
    echo "README.md's Install section does not show this command: $1" >&2
    exit 1
  fi
  echo "\$ $1"
  eval "$1"
}

version=$(dotnet msbuild src/Cae.Package/Cae.Package.csproj -getProperty:PackageVersion)

step "pack Cae, Cae.IO and Cae.Cli $version"
documented 'dotnet pack -c Release -o "$PACKAGES"'
expected="Cae.$version.nupkg Cae.$version.snupkg Cae.IO.$version.nupkg Cae.IO.$version.snupkg Cae.Cli.$version.nupkg Cae.Cli.$version.snupkg"
produced=$(cd "$PACKAGES" && ls | sort | tr '\n' ' ' | sed 's/ $//')
if [ "$produced" != "$(tr ' ' '\n' <<<"$expected" | sort | tr '\n' ' ' | sed 's/ $//')" ]; then
  echo "dotnet pack should produce exactly: $expected; it produced: $produced" >&2
  exit 1
fi
ls -l "$PACKAGES"
# The NuGet commands, which need the published package, show this version too.
for command in "dotnet add package Cae --version $version" "dotnet add package Cae.IO --version $version" "dotnet tool install --global Cae.Cli --version $version"; do
  grep -qF -- "$command" <<<"$install_section" || { echo "README.md's Install section does not show: $command" >&2; exit 1; }
done

# From here on, restore into a folder of this run only: the user's global packages folder may hold a Cae of
# the same version from an earlier run or another commit, which NuGet would take instead of the one just
# packed. (The pack above keeps the usual folder, where `dotnet test` restored the repository's packages.)
export NUGET_PACKAGES=$work/nuget-packages
mkdir "$work/consumers"
cp -R tests/consumers/. "$work/consumers/"
cd "$work/consumers"
documented 'dotnet new nugetconfig'
documented 'dotnet nuget add source "$PACKAGES" --name cae-local --configfile nuget.config'

step "net10.0 console program running the README's usage example"
cd net10
documented "dotnet add package Cae --version $version"
printf '%s\n' "$example" > Program.cs
dotnet build -c Release -nologo -v:q
output=$(dotnet run -c Release --no-build)
printf '%s\n' "$output"
[ -n "$output" ] || { echo "the README's example printed nothing" >&2; exit 1; }

step "net472 class library embedding Cae"
cd ../net472
documented "dotnet add package Cae --version $version"
# The example's using directives stay at the top; its statements become the body of a method.
directive='^using (static )?[A-Za-z_][A-Za-z0-9_.]*( = [A-Za-z_][A-Za-z0-9_.<>, ]*)?;'
{
  grep -E "$directive" <<<"$example" || true
  printf '\ninternal static class ReadmeExample\n{\n    internal static void Run()\n    {\n'
  grep -vE "$directive" <<<"$example" | sed 's/^/        /'
  printf '    }\n}\n'
} > ReadmeExample.cs
dotnet build -c Release -nologo -v:q

# --- Cae.IO consumers --------------------------------------------------------------------------------------
# The package's dependencies: Cae of the same version and, for netstandard2.0 only, System.Text.Json; never
# Cae.Domain or Cae.Rules, which are inside the Cae package.
io_package_dependencies() {
  local nuspec
  nuspec=$(unzip -p "$PACKAGES/Cae.IO.$version.nupkg" Cae.IO.nuspec)
  local ids
  ids=$(grep -oE '<dependency id="[^"]+"' <<<"$nuspec" | sed 's/<dependency id="//; s/"$//' | sort | uniq -c | tr -s ' ' | sed 's/^ //' | tr '\n' ';')
  if [ "$ids" != "2 Cae;1 System.Text.Json;" ]; then
    echo "Cae.IO.nuspec should depend on Cae (both frameworks) and System.Text.Json (netstandard2.0) only; it lists: $ids" >&2
    exit 1
  fi
  grep -qF "<dependency id=\"Cae\" version=\"[$version]\"" <<<"$nuspec" || { echo "Cae.IO should depend on Cae $version exactly" >&2; exit 1; }
  sed -n '/targetFramework="net10.0"/,/<\/group>/p' <<<"$nuspec" | grep -q System.Text.Json \
    && { echo "Cae.IO's net10.0 group should not depend on System.Text.Json" >&2; exit 1; }
  echo "Cae.IO depends on: Cae [$version]; System.Text.Json for netstandard2.0"
}

# The report JSON of a consumer program ($1) equals the tool's ($2), apart from `input` and `rejected_rows`.
io_same_report() {
  if command -v jq >/dev/null 2>&1; then
    diff <(jq 'del(.input, .rejected_rows)' "$1") <(jq 'del(.input, .rejected_rows)' "$2")
  elif command -v python3 >/dev/null 2>&1; then
    python3 - "$1" "$2" <<'PY'
import collections, json, sys
def load(path):
    with open(path, encoding="utf-8") as f:
        document = json.load(f, object_pairs_hook=collections.OrderedDict)
    document.pop("input", None)
    document.pop("rejected_rows", None)
    return json.dumps(document, ensure_ascii=False)
sys.exit(0 if load(sys.argv[1]) == load(sys.argv[2]) else 1)
PY
  else
    echo "comparing the report JSON needs jq or python3" >&2
    return 1
  fi
}

# Writes the README's "Embed the library" example as Program.cs, adds Cae.IO from the local folder, builds.
io_consumer_build() {
  documented "dotnet add package Cae.IO --version $version"
  printf '%s\n' "$io_example" > Program.cs
  dotnet build -c Release -nologo -v:q
}

# Checks the bilan-2015.json the example wrote in the current folder against the tool's.
io_consumer_check() {
  [ -s bilan-2015.json ] || { echo "the example wrote no bilan-2015.json" >&2; exit 1; }
  io_same_report bilan-2015.json "$work/cae-report.json" \
    || { echo "$1: the JSON of ReportJson.Write differs from cae report --format json (input and rejected_rows aside)" >&2; exit 1; }
  echo "$1: the JSON equals cae report --format json, apart from input and rejected_rows"
}

io_consumers() {
  local sample=$repository/samples/coopilote-2015
  step "Cae.IO: the package's dependencies"
  io_package_dependencies
  "$TOOLS/cae" report --format json > "$work/cae-report.json"

  step "Cae.IO: net10.0 program running the README's \"Embed the library\" example"
  cd "$work/consumers/io-net10"
  io_consumer_build
  dotnet run -c Release --no-build -- "$sample"
  io_consumer_check net10.0

  step "Cae.IO: net472 program running the README's \"Embed the library\" example"
  cd "$work/consumers/io-net472"
  io_consumer_build
  # Mono runs a net472 program that uses netstandard2.0 libraries when it has the netstandard facade (Debian: mono-devel).
  local mono_prefix=
  if command -v mono >/dev/null 2>&1; then
    mono_prefix=$(dirname "$(dirname "$(readlink -f "$(command -v mono)")")")
  fi
  if [ -n "$mono_prefix" ] && [ -f "$mono_prefix/lib/mono/4.5/Facades/netstandard.dll" ]; then
    mono bin/Release/net472/Consumer.IO.Net472.exe "$sample"
    io_consumer_check net472
  else
    echo "net472: built; not run, since Mono with its netstandard facade is not installed (.ci/run installs Debian's mono-runtime and mono-devel when it runs as root)"
  fi
}

step "cae tool"
cd ..
documented "dotnet tool install --tool-path \"\$TOOLS\" --add-source \"\$PACKAGES\" Cae.Cli --version $version"
documented '"$TOOLS/cae" report'
report=$("$TOOLS/cae" report --format json)
grep -q '"present_start": 95' <<<"$report" || { echo "the installed tool's report on the bundled sample lacks the 2015 flows" >&2; exit 1; }

io_consumers

printf '\nconsumers: Cae, Cae.IO and Cae.Cli %s work from a local folder\n' "$version"
