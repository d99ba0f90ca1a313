//! Meetings that need no table (online, at an exhibitor's own booth): they do not count against
//! `tables_per_slot`, but every participant rule still applies to them.

use klaster_scheduling::model::{Instance, Placement, Schedule};
use klaster_scheduling::solver::Engine;
use klaster_scheduling::validate::violations;
use klaster_scheduling::{solve, Report, SolveOptions, Status};

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

fn table_less(instance: &mut Instance, first: usize, second: usize) -> usize {
    let id = instance.add_meeting(first, second);
    instance.meetings[id].uses_table = false;
    id
}

#[test]
fn without_any_table_table_less_meetings_are_all_held() {
    // A host meets three guests online; the venue has no tables at all.
    let mut instance = Instance::single_day(4, 4, 0);
    for guest in 1..4 {
        table_less(&mut instance, 0, guest);
    }
    for engine in [Engine::Exact, Engine::Heuristic] {
        let report = run(&instance, engine);
        assert_eq!(report.evaluation.meetings_scheduled, 3, "{engine:?}");
        assert_eq!(report.evaluation.breaks_total, 0, "{engine:?}");
        assert_eq!(report.meetings_upper_bound, 3, "{engine:?}");
        assert_eq!(report.weight_upper_bound, 3, "{engine:?}");
        assert!(report
            .schedule
            .placements
            .iter()
            .all(|p| p.is_some_and(|p| p.table == 0)));
    }
    assert_eq!(run(&instance, Engine::Exact).status, Status::Optimal);
}

#[test]
fn table_less_meetings_do_not_take_the_only_table() {
    // One slot, one table, four disjoint pairs: two need the table, two do not. Counting every
    // meeting against the table would hold one meeting; the right answer holds three.
    let mut instance = Instance::single_day(8, 1, 1);
    let heavy = instance.add_meeting_with(0, 1, 2, vec![0]);
    let light = instance.add_meeting_with(2, 3, 1, vec![0]);
    let online = [
        table_less(&mut instance, 4, 5),
        table_less(&mut instance, 6, 7),
    ];
    for engine in [Engine::Exact, Engine::Heuristic] {
        let report = run(&instance, engine);
        let held = |m: usize| report.schedule.placements[m].is_some();
        assert_eq!(report.evaluation.meetings_scheduled, 3, "{engine:?}");
        assert_eq!(report.evaluation.weight_scheduled, 4, "{engine:?}");
        assert!(held(heavy) && !held(light), "{engine:?}");
        assert!(online.iter().all(|&m| held(m)), "{engine:?}");
        assert_eq!(report.weight_upper_bound, 4, "{engine:?}");
        assert_eq!(report.meetings_upper_bound, 3, "{engine:?}");
    }
    assert_eq!(run(&instance, Engine::Exact).status, Status::Optimal);
}

#[test]
fn the_validator_counts_only_table_meetings_against_the_tables() {
    let mut instance = Instance::single_day(8, 1, 1);
    let first_table = instance.add_meeting(0, 1);
    let second_table = instance.add_meeting(2, 3);
    let online = [
        table_less(&mut instance, 4, 5),
        table_less(&mut instance, 6, 7),
    ];
    let at = |table| Some(Placement { slot: 0, table });
    let mut schedule = Schedule::empty(4);
    for m in online {
        schedule.placements[m] = at(0);
    }
    schedule.placements[first_table] = at(0);
    assert!(violations(&instance, &schedule, true).is_empty());

    // A second table meeting exceeds the single table (and has no table of its own).
    schedule.placements[second_table] = at(0);
    let problems = violations(&instance, &schedule, true);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("holds 2 meetings for 1 tables")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("share table 0")),
        "{problems:?}"
    );
    let problems = violations(&instance, &schedule, false);
    assert_eq!(problems.len(), 1, "{problems:?}");
}

#[test]
fn a_locked_table_less_meeting_needs_no_table_in_its_slot() {
    let mut instance = Instance::single_day(3, 2, 1);
    instance.tables_per_slot[0] = 0;
    let online = table_less(&mut instance, 0, 1);
    instance.meetings[online].locked = Some(Placement { slot: 0, table: 0 });
    instance.add_meeting(0, 2);
    assert!(instance.check().is_ok());
    for engine in [Engine::Exact, Engine::Heuristic] {
        let report = run(&instance, engine);
        assert_eq!(
            report.schedule.placements[online],
            Some(Placement { slot: 0, table: 0 })
        );
        assert_eq!(report.evaluation.meetings_scheduled, 2, "{engine:?}");
    }
    // The same lock on a meeting that needs a table is refused: slot 0 has none.
    instance.meetings[online].uses_table = true;
    assert!(instance.check().is_err());
}
