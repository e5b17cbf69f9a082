"""A small obs-websocket 5.x client (RPC version 1) for CoachDeck's tests.

Speaks the documented protocol directly: Hello -> Identify (with the SHA-256 challenge answer
when the server asks for a password) -> Identified, then Request/RequestResponse pairs. Events
that arrive while waiting for a response are kept in `events`.

Needs the `websocket` module of Debian's python3-websocket (use /usr/bin/python3).

    with ObsWebSocket.connect_retrying("127.0.0.1", port, password, timeout_s=30) as obs:
        version = obs.request("GetVersion")
        reply = obs.call_vendor("coachdeck", "GetState")
"""

import base64
import hashlib
import itertools
import json
import time

import websocket

RPC_VERSION = 1

OP_HELLO = 0
OP_IDENTIFY = 1
OP_IDENTIFIED = 2
OP_EVENT = 5
OP_REQUEST = 6
OP_REQUEST_RESPONSE = 7

# RequestStatus code: OBS has not finished loading.
NOT_READY = 207

# Event subscription bits; 0 asks for none, EVENTS_ALL for the non-high-volume ones.
EVENTS_NONE = 0
EVENTS_ALL = 0x7FF
EVENTS_TRANSITIONS = 1 << 4
EVENTS_VENDORS = 1 << 9


class ObsWebSocketError(Exception):
    """The connection or the handshake failed."""


class NoAnswer(ObsWebSocketError):
    """OBS accepted the connection but sent nothing back in time."""


class RequestFailed(ObsWebSocketError):
    """OBS answered a request with requestStatus.result == false."""

    def __init__(self, request_type, code, comment):
        super().__init__(f"{request_type} failed: code {code}: {comment}")
        self.request_type = request_type
        self.code = code
        self.comment = comment


def authentication_string(password, salt, challenge):
    """The `authentication` field of Identify, from the Hello's salt and challenge."""
    secret = base64.b64encode(hashlib.sha256((password + salt).encode("utf-8")).digest())
    answer = hashlib.sha256(secret + challenge.encode("utf-8")).digest()
    return base64.b64encode(answer).decode("ascii")


class ObsWebSocket:
    def __init__(self, host, port, password=None, timeout_s=10.0,
                 event_subscriptions=EVENTS_NONE):
        self.url = f"ws://{host}:{port}"
        self.password = password
        self.timeout_s = timeout_s
        self.event_subscriptions = event_subscriptions
        self.events = []
        self.hello = None
        self._ws = None
        self._ids = itertools.count(1)

    @classmethod
    def connect_retrying(cls, host, port, password=None, timeout_s=30.0, **kwargs):
        """Connects, retrying while the server is not listening yet, for up to timeout_s; returns
        once OBS answers requests (OBS 32 listens a moment before it is ready for them)."""
        deadline = time.monotonic() + timeout_s
        while True:
            client = cls(host, port, password, **kwargs)
            try:
                return client.open().wait_until_ready(deadline)
            except (ConnectionError, OSError, websocket.WebSocketException) as error:
                client.close()
                if time.monotonic() >= deadline:
                    raise ObsWebSocketError(f"cannot connect to {client.url}: {error}") from error
                time.sleep(0.25)

    def open(self):
        self._ws = websocket.create_connection(self.url, timeout=self.timeout_s)
        hello = self._receive_op(OP_HELLO)
        self.hello = hello
        identify = {"rpcVersion": RPC_VERSION, "eventSubscriptions": self.event_subscriptions}
        auth = hello.get("authentication")
        if auth is not None:
            if self.password is None:
                raise ObsWebSocketError("server requires a password")
            identify["authentication"] = authentication_string(
                self.password, auth["salt"], auth["challenge"])
        self._send(OP_IDENTIFY, identify)
        identified = self._receive_op(OP_IDENTIFIED)
        if identified.get("negotiatedRpcVersion") != RPC_VERSION:
            raise ObsWebSocketError(f"unexpected RPC version in {identified}")
        return self

    def wait_until_ready(self, deadline):
        """Returns self once GetVersion is answered: until then OBS says 207, not ready."""
        while True:
            try:
                self.request("GetVersion")
                return self
            except RequestFailed as error:
                if error.code != NOT_READY or time.monotonic() >= deadline:
                    raise
                time.sleep(0.25)

    def close(self):
        if self._ws is not None:
            try:
                self._ws.close()
            finally:
                self._ws = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def request(self, request_type, data=None):
        """Sends one request and returns its responseData (a dict, possibly empty)."""
        request_id = str(next(self._ids))
        payload = {"requestType": request_type, "requestId": request_id}
        if data is not None:
            payload["requestData"] = data
        self._send(OP_REQUEST, payload)
        while True:
            response = self._receive_op(OP_REQUEST_RESPONSE)
            if response.get("requestId") != request_id:
                continue
            status = response.get("requestStatus", {})
            if not status.get("result"):
                raise RequestFailed(request_type, status.get("code"), status.get("comment"))
            return response.get("responseData") or {}

    def wait_for_event(self, event_type):
        """The data of the next event of `event_type` (one already kept counts), within the
        connection's timeout (between two events). Needs the event's subscription bit."""
        while True:
            for index, event in enumerate(self.events):
                if event.get("eventType") == event_type:
                    del self.events[: index + 1]
                    return event.get("eventData") or {}
            self.events.clear()
            try:
                self.events.append(self._receive_op(OP_EVENT))
            except NoAnswer as error:  # OBS answers requests; the event is what is missing
                raise ObsWebSocketError(f"no {event_type} event from {self.url} in "
                                        f"{self.timeout_s:.0f} s") from error

    def call_vendor(self, vendor, request_type, data=None):
        """CallVendorRequest: a request a plugin registered; returns the vendor's responseData."""
        payload = {"vendorName": vendor, "requestType": request_type}
        if data:  # obs-websocket 5.1 refuses an empty requestData object
            payload["requestData"] = data
        reply = self.request("CallVendorRequest", payload)
        return reply.get("responseData") or {}

    def _send(self, op, data):
        self._ws.send(json.dumps({"op": op, "d": data}))

    def _receive_op(self, wanted_op):
        """Next message with opcode wanted_op; events on the way are kept in self.events."""
        while True:
            try:
                raw = self._ws.recv()
            except websocket.WebSocketTimeoutException as error:
                raise NoAnswer(f"no answer from {self.url} in {self.timeout_s:.0f} s") from error
            if not raw:
                raise ObsWebSocketError("connection closed by OBS")
            message = json.loads(raw)
            op = message.get("op")
            if op == wanted_op:
                return message.get("d", {})
            if op == OP_EVENT:
                self.events.append(message.get("d", {}))
