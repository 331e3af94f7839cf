"""Cadence on fixed dates: intervals over month ends and leap days, every status and
its boundaries, where the interval comes from, and drift (services/cadence.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from mentordesk.services.cadence import (
    CadenceStatus,
    Interval,
    IntervalSource,
    MentorHistory,
    Planned,
    Terms,
    add_months,
    cadence,
    cadences,
    drift_of,
    governing_terms,
)

D, W, M = "days", "weeks", "months"


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def planned(day: date, hour: int = 10, minutes: int = 45) -> Planned:
    start = at(day, hour)
    return Planned(start, start + timedelta(minutes=minutes), day)


def history(
    *held: date,
    every: int | None = 4,
    unit: str | None = W,
    status: str = "active",
    planned_: tuple[Planned, ...] = (),
    terms: tuple[Terms, ...] = (),
    name: str = "Priya",
) -> MentorHistory:
    return MentorHistory(
        mentor_id=name.lower(),
        name=name,
        status=status,
        held_days=tuple(sorted(set(held))),
        planned=planned_,
        fallback=Interval.of(every, unit),
        terms=terms,
    )


def on(today: date, item: MentorHistory, hour: int = 12) -> CadenceStatus:
    return cadence(item, today, at(today, hour)).status


# -- calendar arithmetic ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 3, 31), 1, date(2024, 4, 30)),
        (date(2024, 12, 31), 2, date(2025, 2, 28)),  # over the year end
        (date(2023, 12, 31), 2, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),  # a leap day a year on
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2024, 1, 15), 1, date(2024, 2, 15)),
        (date(2024, 11, 30), 3, date(2025, 2, 28)),
    ],
)
def test_months_are_calendar_months_that_stop_at_the_month_end(
    start: date, months: int, expected: date
) -> None:
    assert add_months(start, months) == expected
    assert Interval(months, M).after(start) == expected


def test_weeks_and_days_count_the_leap_day() -> None:
    assert Interval(1, W).after(date(2024, 2, 26)) == date(2024, 3, 4)
    assert Interval(1, W).after(date(2023, 2, 26)) == date(2023, 3, 5)
    assert Interval(3, D).after(date(2024, 2, 28)) == date(2024, 3, 2)
    assert Interval(2, W).after(date(2024, 12, 25)) == date(2025, 1, 8)


@pytest.mark.parametrize(("every", "unit"), [(0, W), (-2, D), (3, "fortnights"), (None, W)])
def test_an_unusable_frequency_is_no_interval(every: int | None, unit: str) -> None:
    assert Interval.of(every, unit) is None


# -- statuses ------------------------------------------------------------------------


def test_monthly_from_the_31st_of_january_is_due_on_the_29th_of_february() -> None:
    item = history(date(2024, 1, 31), every=1, unit=M)
    result = cadence(item, date(2024, 2, 20), at(date(2024, 2, 20)))
    assert result.next_due == date(2024, 2, 29)
    assert result.status is CadenceStatus.ON_TRACK
    assert on(date(2024, 2, 29), item) is CadenceStatus.DUE_SOON  # due today
    late = cadence(item, date(2024, 3, 1), at(date(2024, 3, 1)))
    assert (late.status, late.days_overdue) == (CadenceStatus.OVERDUE, 1)


def test_weekly_over_a_month_end_and_a_year_end() -> None:
    may = date(2024, 5, 1)
    assert cadence(history(date(2024, 4, 28), every=1), may, at(may)).next_due == date(2024, 5, 5)
    item = history(date(2024, 12, 30), every=1)
    result = cadence(item, date(2025, 1, 10), at(date(2025, 1, 10)))
    assert (result.next_due, result.days_overdue) == (date(2025, 1, 6), 4)


@pytest.mark.parametrize(
    ("every", "unit", "soon_from"),
    [
        (1, W, 1),  # 20 % of 7 days = 1.4: one day before
        (4, W, 5),  # 20 % of 28 = 5.6
        (8, W, 7),  # 20 % of 56 = 11.2, but never more than a week
        (10, D, 2),
        (1, M, 5),  # 31 January to 29 February is 29 days: 5.8
        (3, M, 7),
    ],
)
def test_due_soon_starts_at_7_days_or_20_percent_of_the_interval_whichever_is_shorter(
    every: int, unit: str, soon_from: int
) -> None:
    last = date(2024, 1, 31)
    item = history(last, every=every, unit=unit)
    due = Interval(every, unit).after(last)
    assert on(due - timedelta(days=soon_from + 1), item) is CadenceStatus.ON_TRACK
    assert on(due - timedelta(days=soon_from), item) is CadenceStatus.DUE_SOON
    assert on(due, item) is CadenceStatus.DUE_SOON
    assert on(due + timedelta(days=1), item) is CadenceStatus.OVERDUE


def test_days_left_and_days_overdue_count_calendar_days() -> None:
    item = history(date(2024, 3, 1), every=2, unit=W)
    soon = cadence(item, date(2024, 3, 12), at(date(2024, 3, 12)))
    assert (soon.next_due, soon.days_left, soon.days_overdue) == (date(2024, 3, 15), 3, 0)
    late = cadence(item, date(2024, 4, 1), at(date(2024, 4, 1)))
    assert (late.days_left, late.days_overdue) == (-17, 17)


def test_a_planned_meeting_on_or_before_the_due_day_makes_it_scheduled() -> None:
    last, today = date(2024, 3, 1), date(2024, 3, 26)  # due 29 March: due soon
    assert on(today, history(last)) is CadenceStatus.DUE_SOON
    on_due_day = history(last, planned_=(planned(date(2024, 3, 29)),))
    result = cadence(on_due_day, today, at(today))
    assert result.status is CadenceStatus.SCHEDULED
    assert result.next_planned is not None and result.next_planned.day == date(2024, 3, 29)
    too_late = history(last, planned_=(planned(date(2024, 3, 30)),))
    assert on(today, too_late) is CadenceStatus.DUE_SOON
    assert on(date(2024, 3, 30), too_late, hour=8) is CadenceStatus.OVERDUE


def test_a_meeting_planned_in_the_past_and_never_held_does_not_count() -> None:
    last = date(2024, 3, 1)
    forgotten = history(last, planned_=(planned(date(2024, 3, 20)),))
    result = cadence(forgotten, date(2024, 4, 2), at(date(2024, 4, 2)))
    assert result.status is CadenceStatus.OVERDUE
    assert result.last_met == last  # not "met" on 20 March: it was never marked held
    assert result.next_planned is None


def test_a_meeting_going_on_right_now_still_counts_as_planned() -> None:
    last, today = date(2024, 3, 1), date(2024, 3, 29)
    now_meeting = history(last, planned_=(planned(today, hour=10, minutes=60),))
    assert cadence(now_meeting, today, at(today, 10) + timedelta(minutes=20)).status is (
        CadenceStatus.SCHEDULED
    )
    assert cadence(now_meeting, today, at(today, 11) + timedelta(minutes=1)).status is (
        CadenceStatus.DUE_SOON
    )


def test_no_meeting_yet_unless_the_first_one_is_planned() -> None:
    today = date(2024, 5, 1)
    assert on(today, history()) is CadenceStatus.NO_MEETING_YET
    assert on(today, history(every=None, unit=None)) is CadenceStatus.NO_MEETING_YET
    first = history(planned_=(planned(date(2024, 5, 20)),))
    result = cadence(first, today, at(today))
    assert (result.status, result.next_due, result.last_met) == (
        CadenceStatus.SCHEDULED,
        None,
        None,
    )


@pytest.mark.parametrize("status", ["paused", "ended", "prospect", "requested"])
def test_paused_ended_and_prospective_mentors_are_never_due(status: str) -> None:
    item = history(date(2023, 1, 1), status=status)
    result = cadence(item, date(2024, 6, 1), at(date(2024, 6, 1)))
    assert result.status is CadenceStatus.NOT_ACTIVE
    assert not result.is_due
    assert (result.next_due, result.days_overdue) == (None, 0)
    assert result.last_met == date(2023, 1, 1)  # still shown in the list


def test_an_alumni_is_kept_in_touch_with_by_their_own_interval_alone() -> None:
    terms = (agreed(1, 2),)  # the agreement's fortnightly rhythm no longer counts
    item = history(date(2024, 1, 10), every=6, unit=M, status="alumni", terms=terms)
    on_track = cadence(item, date(2024, 6, 1), at(date(2024, 6, 1)))
    assert (on_track.status, on_track.next_due, on_track.source) == (
        CadenceStatus.ON_TRACK,
        date(2024, 7, 10),
        IntervalSource.MENTOR,
    )
    assert on_track.drift is None
    late = cadence(item, date(2024, 8, 1), at(date(2024, 8, 1)))
    assert (late.status, late.days_overdue) == (CadenceStatus.OVERDUE, 22)
    never_met = history(every=6, unit=M, status="alumni")
    assert cadence(never_met, date(2024, 8, 1), at(date(2024, 8, 1))).status is (
        CadenceStatus.NOT_ACTIVE
    )


def test_an_active_mentor_without_any_interval_has_none() -> None:
    item = history(date(2024, 1, 1), every=None, unit=None)
    result = cadence(item, date(2024, 6, 1), at(date(2024, 6, 1)))
    assert (result.status, result.interval, result.next_due) == (
        CadenceStatus.NO_INTERVAL,
        None,
        None,
    )


# -- where the interval comes from ---------------------------------------------------------


def agreed(
    number: int,
    every: int,
    *,
    on_: date = date(2024, 1, 1),
    status: str = "agreed",
    start_date: date | None = None,
    end_date: date | None = None,
) -> Terms:
    return Terms(
        number,
        status,
        Interval(every, W),
        start_date=start_date,
        end_date=end_date,
        agreed_on=on_,
    )


def test_the_agreed_frequency_wins_over_the_mentors_own_setting() -> None:
    item = history(date(2024, 3, 1), every=6, unit=W, terms=(agreed(1, 2),))
    result = cadence(item, date(2024, 3, 5), at(date(2024, 3, 5)))
    assert (result.interval, result.source, result.agreement_version) == (
        Interval(2, W),
        IntervalSource.AGREEMENT,
        1,
    )
    assert result.next_due == date(2024, 3, 15)


def test_a_draft_or_an_agreement_without_frequency_falls_back_to_the_mentor_setting() -> None:
    draft = Terms(1, "draft", Interval(1, W))
    no_frequency = Terms(1, "agreed", None, agreed_on=date(2024, 1, 1))
    today = date(2024, 3, 5)
    for terms in (draft, no_frequency):
        result = cadence(history(date(2024, 3, 1), every=3, terms=(terms,)), today, at(today))
        assert (result.interval, result.source) == (Interval(3, W), IntervalSource.MENTOR)


def test_a_newer_draft_does_not_replace_the_agreed_version() -> None:
    terms = (agreed(1, 2), Terms(2, "draft", Interval(8, W)))
    assert governing_terms(terms, date(2024, 3, 1)) == terms[0]


def test_under_review_still_holds_and_ended_or_expired_terms_do_not() -> None:
    today = date(2024, 6, 1)
    assert governing_terms((agreed(1, 2, status="under_review"),), today) is not None
    assert governing_terms((agreed(1, 2, status="ended"),), today) is None
    assert governing_terms((agreed(1, 2, end_date=date(2024, 5, 31)),), today) is None
    assert governing_terms((agreed(1, 2, end_date=today),), today) is not None


def test_terms_agreed_for_later_leave_the_earlier_ones_in_force_until_they_start() -> None:
    terms = (agreed(1, 2), agreed(2, 6, start_date=date(2024, 7, 1)))
    assert governing_terms(terms, date(2024, 6, 30)) == terms[0]
    assert governing_terms(terms, date(2024, 7, 1)) == terms[1]


def test_an_agreement_changed_midway_sets_the_next_due_day_and_judges_only_later_gaps() -> None:
    fortnightly = [date(2024, 1, 1) + timedelta(weeks=2 * n) for n in range(5)]  # to 26 Feb
    change = date(2024, 3, 1)
    terms = (
        agreed(1, 2, on_=date(2024, 1, 1)),
        agreed(2, 4, on_=change, start_date=change),
    )
    item = history(*fortnightly, date(2024, 3, 1), date(2024, 3, 29), every=None, terms=terms)
    result = cadence(item, date(2024, 4, 10), at(date(2024, 4, 10)))
    assert result.interval == Interval(4, W)
    assert result.next_due == date(2024, 4, 26)
    # One gap under the new terms: too soon to speak of drift. Judged against four weeks,
    # the fortnightly gaps from before the change would wrongly read as over-asking.
    assert result.drift is None
    assert (result.gaps[-2:], result.judged) == ((4, 28), 1)  # only the last is judged
    later = history(*item.held_days, date(2024, 4, 26), every=None, terms=terms)
    drift = cadence(later, date(2024, 5, 1), at(date(2024, 5, 1))).drift
    assert drift is not None and drift.gaps == (28, 28) and not drift.is_large


# -- drift --------------------------------------------------------------------------------


def test_drift_is_the_mean_and_longest_of_the_last_three_gaps() -> None:
    # A long-ago gap of five months no longer counts; then 7, 6 and 8 weeks.
    days = [date(2023, 1, 1), date(2023, 6, 1), date(2024, 1, 1)]
    for gap in (49, 42, 56):
        days.append(days[-1] + timedelta(days=gap))
    drift = drift_of(tuple(days), Interval(4, W))
    assert drift is not None
    assert drift.gaps == (49, 42, 56)
    assert drift.mean_days == 49  # seven weeks against four
    assert drift.longest_days == 56
    assert drift.is_late and drift.is_large and not drift.is_early


def test_one_very_long_gap_is_large_drift_even_when_the_mean_is_close() -> None:
    days = (date(2024, 1, 1), date(2024, 1, 15), date(2024, 1, 29), date(2024, 3, 31))
    drift = drift_of(days, Interval(4, W))
    assert drift is not None and drift.longest_days == 62 and drift.is_late


def test_meeting_far_more_often_than_agreed_is_drift_too() -> None:
    days = tuple(date(2024, 1, 1) + timedelta(weeks=n) for n in range(4))
    drift = drift_of(days, Interval(4, W))
    assert drift is not None and drift.is_early and drift.is_large


def test_a_steady_rhythm_is_no_drift_and_two_meetings_are_not_a_rhythm() -> None:
    steady = tuple(add_months(date(2024, 1, 31), n) for n in range(4))  # 31 Jan, 29 Feb...
    drift = drift_of(steady, Interval(1, M))
    assert drift is not None and not drift.is_large
    assert drift_of((date(2024, 1, 1), date(2024, 9, 1)), Interval(1, W)) is None


def test_the_chart_gets_the_recent_gaps() -> None:
    days = tuple(date(2023, 1, 1) + timedelta(days=10 * n) for n in range(20))
    result = cadence(history(*days), date(2023, 8, 1), at(date(2023, 8, 1)))
    assert result.gaps == (10,) * 12


# -- order ----------------------------------------------------------------------------------


def test_the_most_overdue_come_first_then_due_soon_then_not_met_yet() -> None:
    today = date(2024, 6, 1)
    items = [
        history(date(2024, 5, 20), name="On track"),
        history(name="Never met"),
        history(date(2024, 4, 1), name="Ten days late"),  # due 29 April: 33 days late
        history(date(2024, 4, 25), name="Three days late"),  # due 23 May: 9 days
        history(date(2024, 5, 6), name="Due soon"),  # due 3 June
        history(date(2024, 1, 1), status="paused", name="Paused"),
    ]
    order = [c.mentor_name for c in cadences(items, today, at(today))]
    assert order == [
        "Ten days late",
        "Three days late",
        "Due soon",
        "Never met",
        "On track",
        "Paused",
    ]
