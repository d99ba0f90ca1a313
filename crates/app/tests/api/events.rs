//! HTTP tests of events (both backends).

use crate::both_backends;
use crate::helpers::TestApp;
use klaster_domain::*;

/// The event's fields survive the database on both backends, times exactly.
async fn stored_event_round_trips(app: TestApp) {
    let (_, user) = app.user("organiser@lke.pl", false).await;
    let org = app
        .org(
            "Lubelski Klaster Ekoenergetyczny",
            OrgKind::Cluster,
            "PL",
            Some(user.id),
        )
        .await;
    let input = app.event_input(org.id);
    let ev = app.event(input.clone()).await;
    assert_eq!(ev.starts_at, input.starts_at);
    assert_eq!(ev.organisers[0].name, "Lubelski Klaster Ekoenergetyczny");
    assert_eq!(ev.nuts.as_ref().unwrap().as_str(), "PL81");
    let mut changed = input.clone();
    changed.title = "CLUSTERS3 conference".into();
    changed.capacity = Some(120);
    let ev = app.state.repo.update_event(ev.id, &changed).await.unwrap();
    assert_eq!(
        (ev.title.as_str(), ev.capacity),
        ("CLUSTERS3 conference", Some(120))
    );
    assert_eq!(app.state.repo.all_events().await.unwrap().len(), 1);
    app.register_confirmed(ev.id, user.id).await;
    assert_eq!(
        app.state
            .repo
            .registration_status(ev.id, user.id)
            .await
            .unwrap(),
        Some(klaster_domain::registration::RegistrationStatus::Confirmed)
    );
}
both_backends!(stored_event_round_trips);
