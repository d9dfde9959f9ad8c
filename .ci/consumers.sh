#!/usr/bin/env bash
# Consumer checks: packs the two packages into a local folder, then uses them exactly as README.md's Install
# section says: a fresh net10.0 console program that compiles and runs the README's usage example, a net472
# class library in C# 7.3 that embeds the package (built against Microsoft.NETFramework.ReferenceAssemblies) and
# builds a policy with the With… methods, the same C# 7.3 code run by a net10.0 program, and the cae tool installed
# into a tool folder. Everything happens in a temporary folder that is removed afterwards.
# Called by .ci/run; can be run alone: bash .ci/consumers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The names the README's commands use.
export PACKAGES=$work/packages TOOLS=$work/tools

install_section=$(sed -n '/<!-- install:start -->/,/<!-- install:end -->/p' README.md)
example=$(sed -n '/<!-- example:start -->/,/<!-- example:end -->/p' README.md | sed '1d;$d' | grep -v '^```')
if [ -z "$install_section" ] || [ -z "$example" ]; then
  echo "README.md needs the <!-- install:start/end --> and <!-- example:start/end --> markers" >&2
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

step "pack Cae and Cae.Cli $version"
documented 'dotnet pack -c Release -o "$PACKAGES"'
expected="Cae.$version.nupkg Cae.$version.snupkg Cae.Cli.$version.nupkg Cae.Cli.$version.snupkg"
produced=$(cd "$PACKAGES" && ls | sort | tr '\n' ' ' | sed 's/ $//')
if [ "$produced" != "$(tr ' ' '\n' <<<"$expected" | sort | tr '\n' ' ' | sed 's/ $//')" ]; then
  echo "dotnet pack should produce exactly: $expected; it produced: $produced" >&2
  exit 1
fi
ls -l "$PACKAGES"
# The NuGet commands, which need the published package, show this version too.
for command in "dotnet add package Cae --version $version" "dotnet tool install --global Cae.Cli --version $version"; do
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

step "C# 7.3: the net472 library's code run on net10.0"
cd ../net10-csharp73
documented "dotnet add package Cae --version $version"
dotnet build -c Release -nologo -v:q
dotnet run -c Release --no-build

step "cae tool"
cd ..
documented "dotnet tool install --tool-path \"\$TOOLS\" --add-source \"\$PACKAGES\" Cae.Cli --version $version"
documented '"$TOOLS/cae" report'
report=$("$TOOLS/cae" report --format json)
grep -q '"present_start": 95' <<<"$report" || { echo "the installed tool's report on the bundled sample lacks the 2015 flows" >&2; exit 1; }

printf '\nconsumers: Cae %s and Cae.Cli %s work from a local folder\n' "$version" "$version"
