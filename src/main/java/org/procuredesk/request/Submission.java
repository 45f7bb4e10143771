package org.procuredesk.request;

/** Validation group of the checks an application must pass to be submitted, beyond a draft's. */
public interface Submission {
}
