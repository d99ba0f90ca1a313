//! Black-box tests of the whole platform over HTTP, on SQLite and PostgreSQL.

mod helpers;

mod accounts;
mod api;
mod authz;
mod browser;
mod cli;
mod cordis;
mod directory;
mod events;
mod groups;
mod meta_clusters;
mod news;
mod pages;
mod projects;
mod registration;
mod scenario;
mod voting;
