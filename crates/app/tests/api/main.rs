//! Black-box tests of the whole platform over HTTP, on SQLite and PostgreSQL.

mod helpers;

mod accounts;
mod api;
mod authz;
mod browser;
mod cli;
mod directory;
mod events;
mod groups;
mod pages;
mod registration;
mod scenario;
mod voting;
