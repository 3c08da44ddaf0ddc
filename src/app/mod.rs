//! Use cases beneath web/ and api/: what a request asks done, in one transaction, whichever
//! adapter it came through, so neither web/ nor api/ imports the other.

pub mod accounts;
