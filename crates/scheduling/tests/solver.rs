//! Known optima on hand-made instances, random instances against exhaustive search, re-scheduling.

mod common;

use klaster_scheduling::model::Instance;
use klaster_scheduling::solver::Engine;
use klaster_scheduling::synthetic::SplitMix;
use klaster_scheduling::validate::violations;
use klaster_scheduling::{reschedule, solve, Report, SolveOptions, Status};

fn run(instance: &Instance, engine: Engine) -> Report {
    let options = SolveOptions {
        time_limit: Some(20.0),
        engine,
    };
    let report = solve(instance, &options, &mut |_| {}).expect("solves");
    let problems = violations(instance, &report.schedule, true);
    assert!(problems.is_empty(), "invalid schedule: {problems:?}");
    report
}

fn exact(instance: &Instance) -> Report {
    run(instance, Engine::Exact)
}

#[test]
fn a_host_meeting_three_guests_gets_them_back_to_back() {
    let mut instance = Instance::single_day(4, 5, 1);
    for guest in 1..4 {
        instance.add_meeting(0, guest);
    }
    let report = exact(&instance);
    assert_eq!(report.status, Status::Optimal);
    assert_eq!(report.evaluation.meetings_scheduled, 3);
    assert_eq!(report.evaluation.breaks_total, 0);
    assert_eq!(report.evaluation.idle_slots, 0);
    // A single table: the host stays at it.
    assert_eq!(report.evaluation.table_changes, 0);
}

#[test]
fn availability_forces_exactly_one_break() {
    let mut instance = Instance::single_day(3, 4, 2);
    instance.add_meeting_with(0, 1, 1, vec![0]);
    instance.add_meeting_with(0, 2, 1, vec![2, 3]);
    let report = exact(&instance);
    assert_eq!(report.status, Status::Optimal);
    assert_eq!(
        (report.evaluation.breaks_total, report.breaks_lower_bound),
        (1, 1)
    );
    assert_eq!(
        report.evaluation.idle_slots, 1,
        "slot 2 is closer than slot 3"
    );
}

#[test]
fn gaps_across_days_are_not_breaks() {
    let mut instance = Instance::single_day(3, 4, 2);
    instance.day_of_slot = vec![0, 0, 1, 1];
    instance.add_meeting_with(0, 1, 1, vec![0]);
    instance.add_meeting_with(0, 2, 1, vec![3]);
    let report = exact(&instance);
    assert_eq!(report.evaluation.breaks_total, 0);
    assert_eq!(report.status, Status::Optimal);
}

#[test]
fn capacity_limits_the_meetings_and_priorities_decide_which() {
    // Three disjoint pairs, one table, two slots: two meetings fit; the must-meet one is among them.
    let mut instance = Instance::single_day(6, 2, 1);
    instance.add_meeting_with(0, 1, 1, vec![0, 1]);
    let must = instance.add_meeting_with(2, 3, 3, vec![0, 1]);
    instance.add_meeting_with(4, 5, 1, vec![0, 1]);
    let report = exact(&instance);
    assert_eq!(report.status, Status::Optimal);
    assert_eq!(report.evaluation.meetings_scheduled, 2);
    assert_eq!(report.evaluation.weight_scheduled, 4);
    assert_eq!(report.weight_upper_bound, 4);
    assert_eq!(report.meetings_upper_bound, 2);
    assert!(report.schedule.placements[must].is_some());
}

#[test]
fn precedences_order_meetings_and_can_exclude_them() {
    let mut instance = Instance::single_day(4, 3, 2);
    let first = instance.add_meeting(0, 1);
    let second = instance.add_meeting(2, 3);
    instance.precedences.push((first, second));
    let report = exact(&instance);
    let slot = |m: usize| report.schedule.placements[m].unwrap().slot;
    assert!(slot(first) < slot(second));

    // A cycle: neither meeting can be held.
    instance.precedences.push((second, first));
    let report = exact(&instance);
    assert_eq!(report.evaluation.meetings_scheduled, 0);
    assert_eq!(report.status, Status::Optimal);
}

#[test]
fn schedule_all_reports_infeasibility() {
    let mut instance = Instance::single_day(3, 1, 5);
    instance.add_meeting(0, 1);
    instance.add_meeting(0, 2);
    instance.require_all = true;
    let report = solve(&instance, &SolveOptions::default(), &mut |_| {}).unwrap();
    assert_eq!(report.status, Status::Infeasible);
}

#[test]
fn a_break_cap_costs_meetings_when_it_must() {
    // Participant 0 can only meet 1 in slot 0, 2 in slot 2 and 3 in slot 4: holding all three needs 2 breaks.
    let mut instance = Instance::single_day(4, 5, 3);
    instance.add_meeting_with(0, 1, 1, vec![0]);
    instance.add_meeting_with(0, 2, 1, vec![2]);
    instance.add_meeting_with(0, 3, 1, vec![4]);
    assert_eq!(exact(&instance).evaluation.meetings_scheduled, 3);
    instance.max_breaks_per_participant = Some(1);
    let report = exact(&instance);
    assert_eq!(report.evaluation.meetings_scheduled, 2);
    assert_eq!(
        report.evaluation.breaks_total, 1,
        "any two of the three meetings leave a gap"
    );
    instance.max_breaks_per_participant = Some(0);
    assert_eq!(exact(&instance).evaluation.meetings_scheduled, 1);
}

/// Random small instance: few participants, meetings, slots; sometimes fixed slots, precedences, caps.
fn random_instance(rng: &mut SplitMix) -> Instance {
    let participants = 3 + rng.below(3);
    let slots = 2 + rng.below(3);
    let tables = 1 + rng.below(2);
    let mut instance = Instance::single_day(participants, slots, tables);
    if slots == 4 && rng.below(3) == 0 {
        instance.day_of_slot = vec![0, 0, 1, 1];
    }
    let meetings = 2 + rng.below(4);
    while instance.meetings.len() < meetings {
        let a = rng.below(participants);
        let b = rng.below(participants);
        if a == b {
            continue;
        }
        let eligible: Vec<usize> = (0..slots).filter(|_| rng.below(4) != 0).collect();
        let weight = 1 + rng.below(2) as u32;
        let id = instance.add_meeting_with(a, b, weight, eligible);
        if rng.below(6) == 0 {
            instance.meetings[id].fixed_slot = Some(rng.below(slots));
        }
    }
    if rng.below(3) == 0 {
        let a = rng.below(meetings);
        let b = rng.below(meetings);
        if a != b {
            instance.precedences.push((a, b));
        }
    }
    match rng.below(4) {
        0 => instance.max_breaks_per_participant = Some(rng.below(2) as u32),
        1 => instance.max_break_spread = Some(rng.below(2) as u32),
        _ => {}
    }
    instance
}

#[test]
fn random_instances_match_the_exhaustive_optimum() {
    let mut rng = SplitMix(2024);
    for case in 0..150 {
        let instance = random_instance(&mut rng);
        let (best_weight, best_breaks) =
            common::brute_force(&instance).expect("the empty schedule is valid");
        let report = exact(&instance);
        let e = &report.evaluation;
        assert!(
            e.weight_scheduled <= best_weight,
            "case {case}: beats the exhaustive optimum: {instance:?}"
        );
        assert_eq!(report.status, Status::Optimal, "case {case}");
        assert_eq!(
            e.weight_scheduled, best_weight,
            "case {case}: weight {instance:?}"
        );
        assert_eq!(
            e.breaks_total, best_breaks,
            "case {case}: breaks {instance:?}"
        );
        assert_eq!(report.breaks_lower_bound, best_breaks, "case {case}");

        // The heuristic is valid (checked in `run`) and never claims more than the optimum.
        let heuristic = run(&instance, Engine::Heuristic);
        assert!(
            heuristic.evaluation.weight_scheduled <= best_weight,
            "case {case}"
        );
        assert!(
            heuristic.weight_upper_bound >= best_weight,
            "case {case}: the bound must be valid"
        );
    }
}

#[test]
fn random_instances_with_table_less_meetings_match_the_exhaustive_optimum() {
    let mut rng = SplitMix(77);
    for case in 0..80 {
        let mut instance = random_instance(&mut rng);
        for meeting in &mut instance.meetings {
            meeting.uses_table = rng.below(2) == 0;
        }
        if rng.below(4) == 0 {
            instance.tables_per_slot.fill(0);
        }
        let (best_weight, best_breaks) =
            common::brute_force(&instance).expect("the empty schedule is valid");
        let report = exact(&instance);
        assert_eq!(report.status, Status::Optimal, "case {case}");
        assert_eq!(
            (
                report.evaluation.weight_scheduled,
                report.evaluation.breaks_total
            ),
            (best_weight, best_breaks),
            "case {case}: {instance:?}"
        );
        let heuristic = run(&instance, Engine::Heuristic);
        assert!(heuristic.evaluation.weight_scheduled <= best_weight);
        assert!(
            heuristic.weight_upper_bound >= best_weight,
            "case {case}: the bound must be valid"
        );
    }
}

#[test]
fn rescheduling_keeps_locked_meetings_in_place() {
    let mut rng = SplitMix(7);
    let mut instance = Instance::single_day(12, 6, 4);
    while instance.meetings.len() < 20 {
        let (a, b) = (rng.below(12), rng.below(12));
        if a != b {
            instance.add_meeting(a, b);
        }
    }
    let first = exact(&instance);
    // Publish the first 10 held meetings; then one participant cancels a meeting and two are added late.
    let locked: Vec<usize> = (0..instance.meetings.len())
        .filter(|&m| first.schedule.placements[m].is_some())
        .take(10)
        .collect();
    let mut changed = instance.clone();
    let cancelled = (0..changed.meetings.len())
        .find(|m| !locked.contains(m))
        .unwrap();
    changed.meetings[cancelled].eligible_slots.clear();
    changed.add_meeting(0, 11);
    changed.add_meeting(3, 7);
    let mut previous = first.schedule.clone();
    previous.placements.push(None);
    previous.placements.push(None);
    for engine in [Engine::Exact, Engine::Heuristic] {
        let options = SolveOptions {
            time_limit: Some(20.0),
            engine,
        };
        let (report, moved) =
            reschedule(&changed, &previous, &locked, &options, &mut |_| {}).unwrap();
        for &m in &locked {
            assert_eq!(
                report.schedule.placements[m], first.schedule.placements[m],
                "locked meeting {m} moved"
            );
        }
        assert!(report.schedule.placements[cancelled].is_none());
        let mut pinned = changed.clone();
        for &m in &locked {
            pinned.meetings[m].locked = first.schedule.placements[m];
        }
        assert!(violations(&pinned, &report.schedule, true).is_empty());
        assert!(moved <= first.evaluation.meetings_scheduled - locked.len());
    }
    // Locking a meeting that was never held is refused.
    let unheld = (0..previous.placements.len())
        .find(|&m| previous.placements[m].is_none())
        .unwrap();
    assert!(reschedule(
        &changed,
        &previous,
        &[unheld],
        &SolveOptions::default(),
        &mut |_| {}
    )
    .is_err());
}

#[test]
fn a_large_event_is_scheduled_by_the_heuristic_with_valid_bounds() {
    let instance = klaster_scheduling::synthetic::large_event(300, 1200, 12, 40, 1, 5);
    let options = SolveOptions {
        time_limit: Some(5.0),
        engine: Engine::Auto,
    };
    let report = solve(&instance, &options, &mut |_| {}).unwrap();
    assert!(violations(&instance, &report.schedule, true).is_empty());
    assert!(report.evaluation.weight_scheduled <= report.weight_upper_bound);
    assert!(
        report.evaluation.meetings_scheduled >= 400,
        "{}",
        report.evaluation.meetings_scheduled
    );
}
