"""Strict reading of what phones send: any JSON either becomes a request or a 4xx, never a crash."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.web import validation as v

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=70),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=5),
    max_leaves=12,
)
FIELDS = st.dictionaries(
    st.sampled_from(["device", "statement", "kind", "level", "role_group", "extra"]),
    JSON_VALUES | st.sampled_from(["A1", "rated", "unknown", "d" * 20]) | st.integers(-2, 6),
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(data=FIELDS)
def test_any_json_object_is_either_a_valid_request_or_a_4xx(data: dict[str, Any]) -> None:
    for parse in (v.vote_request, v.join_request, v.retract_request, v.device_request):
        try:
            parse(data)
        except v.ApiError as error:
            assert 400 <= error.status < 500
            assert error.code in {"bad_request", "bad_device", "bad_vote"}


@settings(max_examples=300, deadline=None)
@given(body=st.binary(max_size=64) | JSON_VALUES.map(lambda x: json.dumps(x).encode()))
def test_any_body_parses_to_an_object_or_a_bad_request(body: bytes) -> None:
    try:
        result = v.parse_object(body)
    except v.ApiError as error:
        assert (error.status, error.code) == (400, "bad_request")
    else:
        assert isinstance(result, dict)
