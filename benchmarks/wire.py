"""Does every operation of a spec work on the wire? `python benchmarks/wire.py --spec SPEC`.

For each spec: generate its client into a temporary folder, start Prism on 127.0.0.1 with
request validation, call every operation through the generated synchronous client with
arguments built from the spec (`benchmarks/synthesis.py`), and the first few through the
asynchronous one too. An operation is accepted when Prism answers 2xx without a request
violation, and decoded when the answer fits the document and the method returned it as the
declared type. Every other outcome is a failure, classified with its evidence:

- clientgen: the request broke the spec, a conforming answer did not decode, or the method
  raised before sending;
- spec: the document contradicts itself (an example, default or enum member that breaks its
  schema, an operation without a success response, a required header whose name HTTP cannot
  carry): the JSON pointer is cited;
- mock: a Prism limitation, named with its cause (`_PRISM_LIMITS` and the checks beside it).

Where Prism cannot serve what a spec says, the benchmark stands in, and nothing else changes
(`benchmarks/prism_document.py` says what and why): it answers an OAuth2 token request
itself, routes an operation whose path key holds a fragment, serves a `*/*` answer as JSON
and writes out a form body's implicit encoding. Where Prism's static answer breaks the schema
only with values Prism made up, the spec giving none there (`benchmarks/prism_answers.py`),
the call is made again for a dynamic answer (`Prefer: dynamic=true`), and that answer is
judged; an answer built from what the spec gives that breaks it stays the spec's failure
(and a dynamic answer must decode even then, or the failure is clientgen's).

  python benchmarks/wire.py --spec specs/dasha/openapi.yaml
  python benchmarks/wire.py --root ~/.cache/openapi-corpus/apis-guru \
      --list ../shared/corpus/sample-dev.txt --limit 50

A table per spec goes to stdout, with what the spec says against itself on the way even when
the call passed (an example lacking required properties, filled in); the last line is one
JSON object with the totals.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import importlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_REPOSITORY = Path(__file__).resolve().parents[1]
if str(_REPOSITORY) not in sys.path:
    # Run as a script: generator/, benchmarks/ and tests/ import, hence the late imports below.
    sys.path.insert(0, str(_REPOSITORY))

import httpx  # noqa: E402

from benchmarks.prism_answers import (  # noqa: E402
    answer_source,
    described,
    holds_placeholder,
    location,
    spec_cause,
    unchecked_formats,
)
from benchmarks.prism_document import ServedDocument, served_document  # noqa: E402
from benchmarks.synthesis import Call, credentials, synthesise_calls  # noqa: E402
from generator.config import ClientSettings  # noqa: E402
from generator.diagnostics import DiagnosticError, join_pointer  # noqa: E402
from generator.ir.build import build_client  # noqa: E402
from generator.ir.model import Client  # noqa: E402
from generator.load import LoadedDocument, load_document  # noqa: E402
from tests.clients.prism import PrismStartError, prism_mock, prism_mock_document, violations  # noqa: E402

PACKAGE = "wire_client"
ASYNC_SAMPLE = 3
"""How many operations of each spec are also called through the asynchronous client."""
CLASSES = ("clientgen", "spec", "mock")
_TIMEOUT = 30.0

# Prism's own problem types (https://stoplight.io/prism/errors#...) that are no verdict on the
# request: Prism could not build an answer the document allows.
_PRISM_LIMITS = {
    "NO_RESPONSE_DEFINED": "Prism answers 500 when the operation declares no response it can build",
    "NO_COMPLEX_OBJECT_TEXT": "Prism cannot write an object schema as a text/* answer",
}
# Prism's limits that come as its generic UNKNOWN problem, told apart by their title.
_PRISM_LIMIT_TITLES = {
    "Cannot find serializer for": (
        "Prism writes an object only as JSON, XML or text/* "
        "(@stoplight/prism-http-server serialize.js);"
        " any other media type, a range such as application/* included, is a 500"
    ),
}
_PRISM_GONE = (
    "Prism closed the connection without an answer: "
    "it crashed on this request (its log names the cause)"
)
# Where the schema gives no value, Prism's static mode makes one up that may break it, or that
# the client cannot decode: "string" is no mapping's tag, no decimal (`prism_answers`). Its
# dynamic mode writes one from the schema, which is the answer judged then.
_PLACEHOLDER = (
    "Prism's static answer breaks the schema only where Prism made it up, "
    "the spec giving no value there"
    " (its placeholders ignore patterns, bounds and formats behind an allOf, "
    "and required properties no schema declares;"
    " stoplightio/prism#2243)"
)
_PLACEHOLDER_UNDECODABLE = (
    'Prism\'s static answer holds its placeholder "string" for a string without example '
    "where the schema wants what Prism does not validate "
    "(a discriminator's mapping, a format such as decimal) (stoplightio/prism#2243)"
)
_UNCHECKED_FORMAT = (
    "a format Prism neither checks nor writes a value of, which the client does check"
)
# Without --errors Prism serves an answer that breaks the document, the problems in
# `sl-violations`, so the benchmark sees which value broke which schema. The seed makes the
# dynamic answers it is asked for the same from run to run. GitHub's 13 MB take minutes to
# read on a busy machine.
_PRISM_OPTIONS: dict[str, Any] = {
    "errors": False,
    "extra_args": ("--seed", "clientgen"),
    "startup_timeout": 600.0,
}


@dataclass(frozen=True)
class Outcome:
    """What one call sent, what Prism answered, and the verdict."""

    call: Call
    mode: str
    sent: str
    status: int | None
    accepted: bool
    decoded: bool
    failure: str | None = None
    """One of CLASSES, or None when the operation was accepted and decoded."""
    reason: str = ""


@dataclass(frozen=True)
class SpecReport:
    spec: str
    outcomes: tuple[Outcome, ...]
    error: tuple[str, str] | None = None
    """(class, reason) when the spec could not be tried at all."""

    @property
    def operations(self) -> int:
        return sum(outcome.mode == "sync" for outcome in self.outcomes)

    def failures(self) -> dict[str, int]:
        counts = {
            kind: sum(outcome.failure == kind for outcome in self.outcomes) for kind in CLASSES
        }
        if self.error:
            counts[self.error[0]] += 1
        return counts


# -- one spec ----------------------------------------------------------------------------------


def exercise(
    document: LoadedDocument,
    client: Client,
    package: str,
    prism_spec: Path | None,
    *,
    async_sample: int = ASYNC_SAMPLE,
) -> list[Outcome]:
    """Call every operation of `client` (generated as `package`) against Prism.

    Prism serves `prism_spec`, or the loaded document when the spec is no single file Prism
    reads (a Markdown page, several sources) or when Prism needs it adapted
    (`benchmarks/prism_document.py`).
    """
    calls = synthesise_calls(document, client)
    if not calls:  # Prism refuses to start on a document without operations
        return []
    module = importlib.import_module(package)
    sync_class, async_class = (
        getattr(module, client.class_name),
        getattr(module, client.async_class_name),
    )
    options = {**credentials(client), "max_retries": 0, "timeout": _TIMEOUT}
    served = served_document(document.raw)
    outcomes = []
    with ExitStack() as prism:
        base_url = prism.enter_context(_prism(prism_spec, document, served))
        token_urls = frozenset(
            str(httpx.URL(base_url).join(scheme.token_url))
            for scheme in client.security_schemes
            if scheme.token_url
        )
        for mode, call in [
            *(("sync", call) for call in calls),
            *(("async", call) for call in calls[:async_sample]),
        ]:

            def attempt(
                prefer: str | None, call: Call = call, mode: str = mode, base_url: str = base_url
            ) -> tuple[_Recorder, BaseException | None]:
                recorder = _Recorder(token_urls, served.routes.get(call.operation.path), prefer)
                try:
                    if mode == "sync":
                        _call_sync(sync_class, base_url, options, call, recorder)
                    else:
                        asyncio.run(_call_async(async_class, base_url, options, call, recorder))
                except Exception as error:  # noqa: BLE001 - every way a call can fail is a verdict here
                    return recorder, error
                return recorder, None

            outcome = _judge(document.raw, call, mode, attempt)
            outcomes.append(outcome)
            if outcome.reason == _PRISM_GONE:
                prism.close()
                base_url = prism.enter_context(_prism(prism_spec, document, served))
    return outcomes


def _call_sync(
    sdk_class: type[Any], base_url: str, options: dict[str, Any], call: Call, recorder: _Recorder
) -> Any:
    with sdk_class(
        base_url=base_url, http_client=httpx.Client(transport=recorder, timeout=_TIMEOUT), **options
    ) as sdk:
        result = _method(sdk, call)(*call.args, **call.kwargs)
        # An event stream's data is decoded as it is iterated: only then is its answer decoded.
        return list(result) if isinstance(result, _runtime(sdk_class).EventStream) else result


async def _call_async(
    sdk_class: type[Any], base_url: str, options: dict[str, Any], call: Call, recorder: _Recorder
) -> Any:
    async with sdk_class(
        base_url=base_url,
        http_client=httpx.AsyncClient(transport=recorder, timeout=_TIMEOUT),
        **options,
    ) as sdk:
        result = await _method(sdk, call)(*call.args, **call.kwargs)
        return (
            [event async for event in result]
            if isinstance(result, _runtime(sdk_class).AsyncEventStream)
            else result
        )


def _runtime(sdk_class: type[Any]) -> Any:
    """The event-stream module of the runtime in the package that defines `sdk_class`."""
    return importlib.import_module(f"{sdk_class.__module__.split('.')[0]}._event_stream")


@contextmanager
def _prism(spec: Path | None, document: LoadedDocument, served: ServedDocument) -> Iterator[str]:
    if spec is not None and served.document is None:
        with prism_mock(spec, **_PRISM_OPTIONS) as base_url:
            yield base_url
    else:
        with prism_mock_document(served.document or document.raw, **_PRISM_OPTIONS) as base_url:
            yield base_url


def _method(sdk: Any, call: Call) -> Callable[..., Any]:
    method: Callable[..., Any] = getattr(getattr(sdk, call.group), call.method)
    return method


class _Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport that sends through httpx's own and keeps each request with its answer.

    It stands in where Prism cannot: it answers a request for an OAuth2 token itself (a
    scheme's tokenUrl is no operation of the document), sends the call of an operation Prism
    serves under a route of its own (`prism_document`) there, and asks Prism for an answer
    built from the schemas (`Prefer: dynamic=true`) when told to.
    """

    def __init__(
        self, token_urls: frozenset[str], route: str | None = None, prefer: str | None = None
    ) -> None:
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()
        self._token_urls = token_urls
        self._route = route
        self._prefer = prefer
        self.exchanges: list[tuple[httpx.Request, httpx.Response | None]] = []
        """Each request of the operation the client sent, with its answer; None while none came."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        token = self._token(request)
        if token is not None:
            return token
        self.exchanges.append((request, None))
        response = self._sync.handle_request(self._to_prism(request))
        response.read()
        return self._keep(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        token = self._token(request)
        if token is not None:
            return token
        self.exchanges.append((request, None))
        response = await self._async.handle_async_request(self._to_prism(request))
        await response.aread()
        return self._keep(request, response)

    def _token(self, request: httpx.Request) -> httpx.Response | None:
        if (
            request.method != "POST"
            or str(request.url.copy_with(query=None)) not in self._token_urls
        ):
            return None
        return httpx.Response(
            200,
            json={"access_token": "wire-token", "token_type": "Bearer", "expires_in": 3600},
            request=request,
        )

    def _to_prism(self, request: httpx.Request) -> httpx.Request:
        if self._route is None and self._prefer is None:
            return request
        url = (
            request.url.copy_with(raw_path=self._route.encode("ascii") + request.url.raw_path)
            if self._route
            else request.url
        )
        headers = httpx.Headers(request.headers)
        if self._prefer:
            headers["Prefer"] = self._prefer
        return httpx.Request(request.method, url, headers=headers, content=request.content)

    def _keep(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        # The body is decoded already: the headers that described its encoding no longer do.
        headers = [
            (k, v)
            for k, v in response.headers.multi_items()
            if k.lower() not in ("content-encoding", "content-length")
        ]
        kept = httpx.Response(
            response.status_code, headers=headers, content=response.content, request=request
        )
        self.exchanges[-1] = (request, kept)
        return kept

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


_Attempt = Callable[[str | None], tuple[_Recorder, BaseException | None]]
"""Makes the call once, asking Prism for `Prefer: <value>` when given one."""


def _judge(raw: Mapping[str, Any], call: Call, mode: str, attempt: _Attempt) -> Outcome:
    recorder, raised = attempt(None)
    if not recorder.exchanges:
        return Outcome(
            call, mode, "", None, False, False, "clientgen", f"nothing sent: {_describe(raised)}"
        )
    request, response = recorder.exchanges[-1]
    sent = _sent(request)
    if response is None:
        return Outcome(call, mode, sent, None, False, False, "mock", _PRISM_GONE)
    status = response.status_code
    problems = violations(response)
    answer_problems = [problem for problem in problems if location(problem)[:1] == ["response"]]
    request_problems = [problem for problem in problems if problem not in answer_problems]
    if not 200 <= status < 300 or request_problems:
        kind, reason = _classify(call, response, request_problems)
        return Outcome(call, mode, sent, status, False, False, kind, reason)
    if answer_problems:
        source = answer_source(raw, call.pointer, response)
        if source.example is not None or source.schema is None:
            given = [source.example or source.declared]
        else:
            given = list(
                dict.fromkeys(
                    at
                    for at in (
                        spec_cause(raw, source.schema, problem) for problem in answer_problems
                    )
                    if at
                )
            )
        if given:
            return _answer_breaks_spec(call, mode, sent, response, given, answer_problems, attempt)
        return _dynamic(
            raw,
            call,
            mode,
            sent,
            attempt,
            f"{_PLACEHOLDER}: {described(response, answer_problems)}",
        )
    if raised is None:
        return Outcome(call, mode, sent, status, True, True)
    if holds_placeholder(response):
        return _dynamic(
            raw, call, mode, sent, attempt, f"{_PLACEHOLDER_UNDECODABLE}: {_describe(raised)}"
        )
    unchecked = _unchecked(raw, call, response, raised)
    if unchecked:
        source = answer_source(raw, call.pointer, response)
        return Outcome(
            call,
            mode,
            sent,
            status,
            True,
            False,
            "spec",
            f"{source.example or source.declared}: the example's value breaks its format, "
            f"{_UNCHECKED_FORMAT} ({', '.join(unchecked)}): {_describe(raised)}",
        )
    return Outcome(
        call,
        mode,
        sent,
        status,
        True,
        False,
        "clientgen",
        f"2xx answer did not decode: {_describe(raised)}",
    )


def _dynamic(
    raw: Mapping[str, Any], call: Call, mode: str, sent: str, attempt: _Attempt, static: str
) -> Outcome:
    """The verdict on the answer Prism builds from the schemas, its static one being no fit
    for what `static` says; the request was accepted already."""
    recorder, raised = attempt("dynamic=true")
    request, response = recorder.exchanges[-1] if recorder.exchanges else (None, None)
    if response is None:
        return Outcome(
            call,
            mode,
            sent,
            None,
            True,
            False,
            "mock",
            f"{static}; asked for a dynamic answer: {_PRISM_GONE}",
        )
    # The request was accepted: only the verdict on the dynamic answer differs.
    answered = functools.partial(Outcome, call, mode, sent, response.status_code, True)
    problems = violations(response)
    if not 200 <= response.status_code < 300 or problems:
        return answered(
            False,
            "mock",
            f"{static}; Prism's dynamic answer breaks the document too: "
            f"{described(response, problems) or response.status_code}",
        )
    if raised is None:
        return answered(True, reason=f"decoded Prism's dynamic answer ({static})")
    unchecked = _unchecked(raw, call, response, raised)
    if unchecked:
        return answered(
            False,
            "mock",
            f"{static}; {_UNCHECKED_FORMAT} ({', '.join(unchecked)}): {_describe(raised)}",
        )
    return answered(
        False,
        "clientgen",
        f"a dynamic answer Prism found conforming did not decode: {_describe(raised)} ({static})",
    )


def _unchecked(
    raw: Mapping[str, Any], call: Call, response: httpx.Response, raised: BaseException
) -> list[str] | None:
    """The formats Prism does not check, where the client refused its answer for them alone."""
    schema = answer_source(raw, call.pointer, response).schema
    return unchecked_formats(raw, schema, raised) if schema is not None else None


def _answer_breaks_spec(
    call: Call,
    mode: str,
    sent: str,
    response: httpx.Response,
    given: list[str],
    problems: list[dict[str, Any]],
    attempt: _Attempt,
) -> Outcome:
    """A spec failure: what the document gives at `given` (an example, a default), which
    Prism answered with, breaks its schemas. An answer built from the schemas alone must
    still decode, or the failure is clientgen's."""
    reason = (
        f"{', '.join(given)}: the answer Prism builds from the spec breaks its schema: "
        f"{described(response, problems)}"
    )
    recorder, raised = attempt("dynamic=true")
    dynamic = recorder.exchanges[-1][1] if recorder.exchanges else None
    if (
        dynamic is not None
        and 200 <= dynamic.status_code < 300
        and not violations(dynamic)
        and raised is not None
    ):
        return Outcome(
            call,
            mode,
            sent,
            response.status_code,
            True,
            False,
            "clientgen",
            f"a dynamic answer Prism found conforming did not decode: {_describe(raised)} "
            f"(static answer: {reason})",
        )
    return Outcome(call, mode, sent, response.status_code, True, False, "spec", reason)


def _classify(
    call: Call, response: httpx.Response, problems: list[dict[str, Any]]
) -> tuple[str, str]:
    problem_type = _problem_type(response)
    if problem_type in _PRISM_LIMITS:
        return "mock", f"{_PRISM_LIMITS[problem_type]} ({problem_type})"
    title = _problem(response).get("title")
    limit = next(
        (
            reason
            for start, reason in _PRISM_LIMIT_TITLES.items()
            if isinstance(title, str) and title.startswith(start)
        ),
        None,
    )
    if limit:
        return "mock", f"{limit}: {title}"
    unsendable = _unsendable_blamed(call, problems)
    if unsendable:
        return (
            "spec",
            f"{', '.join(unsendable)}: a required header whose name is no HTTP header name "
            f"(RFC 9110 token), which no request can carry: {_messages(problems)}",
        )
    if problems:
        blamed = _examples_blamed(call, problems)
        if blamed:
            return (
                "spec",
                f"{', '.join(blamed)}: the spec's example breaks its own schema: "
                + _messages(problems),
            )
        return "clientgen", f"request violates the spec: {_messages(problems)}"
    if not any(str(status).startswith("2") for status in _declared_statuses(call)):
        return (
            "spec",
            f"{join_pointer(call.pointer, 'responses')}: declares no success (2xx) response, "
            "so no call can succeed",
        )
    return (
        "clientgen",
        f"answered {response.status_code} {problem_type or ''}: {response.text[:200]}",
    )


def _declared_statuses(call: Call) -> list[str]:
    return [case.status for case in call.operation.responses]


def _examples_blamed(call: Call, problems: list[dict[str, Any]]) -> list[str]:
    """The examples behind the values the violations are about."""
    by_wire: dict[str, list[str]] = {}
    for argument in (*call.operation.positional, *call.operation.keyword):
        key = (
            "body"
            if argument.location == "body"
            else f"{argument.location}:{argument.wire_name.lower()}"
        )
        by_wire.setdefault(key, []).append(argument.name)
    blamed: list[str] = []
    for problem in problems:
        where = location(problem)
        if where[:1] == ["request"]:  # body problems are located under "request"
            where = where[1:]
        if not where:
            continue
        key = (
            "body"
            if where[0] == "body"
            else f"{where[0]}:{where[1].lower() if len(where) > 1 else ''}"
        )
        for name in by_wire.get(key, []):
            blamed.extend(
                pointer for pointer in call.examples.get(name, ()) if pointer not in blamed
            )
    return blamed


def _unsendable_blamed(call: Call, problems: list[dict[str, Any]]) -> list[str]:
    """The pointers of the unsendable headers, when every violation is one of them missing."""
    blamed = []
    for problem in problems:
        where = location(problem)
        at = next(
            (
                pointer
                for name, pointer in call.unsendable.items()
                if f"'{name}'" in str(problem.get("message"))
            ),
            None,
        )
        if "header" not in where or at is None:
            return []
        blamed.append(at)
    return list(dict.fromkeys(blamed))


def _problem(response: httpx.Response) -> dict[str, Any]:
    """Prism's problem+json answer, or {} for any other."""
    if not response.headers.get("content-type", "").startswith("application/problem+json"):
        return {}
    try:
        problem = response.json()
    except ValueError:
        return {}
    return problem if isinstance(problem, dict) else {}


def _problem_type(response: httpx.Response) -> str | None:
    kind = _problem(response).get("type")
    return kind.rsplit("#", 1)[-1] if isinstance(kind, str) else None


def _messages(problems: list[dict[str, Any]]) -> str:
    return "; ".join(
        f"{'.'.join(map(str, p.get('location') or []))}: {p.get('message')}" for p in problems[:3]
    )


def _sent(request: httpx.Request) -> str:
    body = request.content[:120].decode("utf-8", "replace")
    return f"{request.method} {request.url.raw_path.decode('ascii', 'replace')}" + (
        f" {body}" if body else ""
    )


def _describe(error: BaseException | None) -> str:
    return "no error" if error is None else f"{type(error).__name__}: {str(error).strip()[:300]}"


# -- a spec from the command line ----------------------------------------------------------------


def run_spec(spec: Path, work: Path) -> SpecReport:
    """Generate `spec`'s client into `work`, then exercise it."""
    output = work / "client"
    generated = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            str(spec),
            "--output",
            str(output),
            "--package",
            PACKAGE,
        ],
        cwd=_REPOSITORY,
        capture_output=True,
        text=True,
    )
    if generated.returncode != 0:
        return SpecReport(
            str(spec),
            (),
            (
                "clientgen",
                f"generate failed: {(generated.stderr or generated.stdout).strip()[-300:]}",
            ),
        )
    try:
        document = load_document([spec])
        client, _ = build_client(document, ClientSettings(sources=(spec,), package=PACKAGE))
    except DiagnosticError as failure:
        return SpecReport(
            str(spec), (), ("clientgen", f"generated, but the IR does not build again: {failure}")
        )
    sys.path.insert(0, str(output))
    try:
        prism_spec = spec if spec.suffix in (".json", ".yaml", ".yml") else None
        return SpecReport(str(spec), tuple(exercise(document, client, PACKAGE, prism_spec)))
    except PrismStartError as failure:
        return SpecReport(
            str(spec),
            (),
            ("mock", f"Prism cannot load the document: {str(failure).strip()[-300:]}"),
        )
    finally:
        sys.path.remove(str(output))
        for name in [
            name for name in sys.modules if name == PACKAGE or name.startswith(PACKAGE + ".")
        ]:
            del sys.modules[name]


def print_report(report: SpecReport) -> None:
    print(f"== {report.spec}")
    if report.error:
        print(f"   {report.error[0]}: {report.error[1]}")
    for outcome in report.outcomes:
        verdict = "ok" if outcome.failure is None else outcome.failure
        print(
            f"   {verdict:<9} {outcome.mode:<5} {outcome.status or '-':<4} "
            f"{outcome.call.label:<50} {outcome.sent[:80]}"
        )
        if outcome.reason:
            print(f"             {outcome.reason}")
        if outcome.mode == "sync":
            for contradiction in outcome.call.contradictions:
                print(f"             spec says: {contradiction}")


def totals(reports: list[SpecReport]) -> dict[str, Any]:
    sync = [outcome for report in reports for outcome in report.outcomes if outcome.mode == "sync"]
    return {
        "specs": len(reports),
        "operations": len(sync),
        "accepted": sum(outcome.accepted for outcome in sync),
        "decoded": sum(outcome.decoded for outcome in sync),
        "failures": {kind: sum(report.failures()[kind] for report in reports) for kind in CLASSES},
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--spec", type=Path, action="append", default=[], help="a spec to try (repeatable)"
    )
    parser.add_argument("--root", type=Path, help="folder the --list paths are relative to")
    parser.add_argument("--list", type=Path, help="file of spec paths, one a line")
    parser.add_argument("--limit", type=int, help="only the first N specs of --list")
    args = parser.parse_args()
    specs = [path.resolve() for path in args.spec]
    if args.list:
        listed = [
            line.strip()
            for line in args.list.read_text().splitlines()
            if line.strip() and not line.startswith("#")
        ]
        specs += [((args.root or Path.cwd()) / line).resolve() for line in listed[: args.limit]]
    if not specs:
        parser.error("give --spec SPEC or --list FILE")
    reports = []
    for spec in specs:
        with tempfile.TemporaryDirectory(prefix="wire-") as work:
            report = run_spec(spec, Path(work))
        print_report(report)
        reports.append(report)
    print(json.dumps(totals(reports)), flush=True)


if __name__ == "__main__":
    main()
