/* eslint-disable */
// Generated from the OpenAPI document by `npm run openapi:types` (openapi-typescript); do not edit.
// test/api/openapi-types.test.ts fails when it is out of step with the document.
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database reachability */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All users, with how they sign in and their sign-in history */
    get: operations['listUsers'];
    put?: never;
    /** Create a user and its first API token (shown once) */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue another API token for a user (shown once) */
    post: operations['issueUserToken'];
    /** Revoke every API token of a user */
    delete: operations['revokeUserTokens'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite a user: made without a password and emailed a single-use link to choose one */
    post: operations['inviteUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user's role or provider-administrator flag, or deactivate or reactivate it */
    patch: operations['changeUser'];
    trace?: never;
  };
  '/users/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** End every web session of a user (they sign in again) */
    delete: operations['endUserSessions'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A provider organisation's users, with their sign-in history */
    get: operations['listProviderUsers'];
    put?: never;
    /** Invite a colleague to a provider organisation (its administrators, or an admin) */
    post: operations['inviteProviderUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail of one entity, or of one entity type, newest first */
    get: operations['listAuditEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/packages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Packages (a provider sees only those it holds) */
    get: operations['listPackages'];
    put?: never;
    /** Intake: locate, price and open brokerage round 1 */
    post: operations['intakePackage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/packages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One package */
    get: operations['getPackage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Correct hours, visits, needs or wanted start (optimistic: send the version you loaded) */
    patch: operations['editPackage'];
    trace?: never;
  };
  '/packages/{id}/band-override': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Override the band of an unplaced package, with a reason and a comment (the rate follows) */
    post: operations['overridePackageBand'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/packages/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a package before it ends */
    post: operations['cancelPackage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/packages/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End a package in care */
    post: operations['endPackage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/packages/{id}/widen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Round 3: widen an unplaced package to neighbouring zones or all providers */
    post: operations['widenPackageSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/packages/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm that care has started */
    post: operations['confirmPackageStart'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/packages/{id}/hand-back': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand a package back for re-brokering */
    post: operations['handBackPackage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/packages/{id}/hand-back/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A commissioner approves or refuses a hand-back's notice shorter than the default */
    post: operations['decideShortNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reviews-due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Discharge to assess reviews overdue and due this week */
    get: operations['listReviewsDue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/packages/{id}/funding-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a D2A package's review: continue under council funding, change hours, or end (send the version you loaded) */
    post: operations['recordFundingReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/offers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The provider's own offers (nothing that identifies the person) */
    get: operations['listOffers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/offers/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an offer, optionally with the start date the provider can meet */
    post: operations['acceptOffer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/offers/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline an offer with a reason code */
    post: operations['declineOffer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Work queue: packages needing an officer, and those with providers; urgent first */
    get: operations['getBrokerageQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/brokerage/sweep': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run the brokerage sweep now (it also runs every minute) */
    post: operations['runBrokerageSweep'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/packages/{id}/allocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Why the package went where it did: rounds, eligibility, ranking, responses */
    get: operations['explainAllocation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/performance/kpis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pick-up and response KPIs for a period, per provider, zone and/or band, or county-wide */
    get: operations['getKpis'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every provider’s quality score in force, per zone (at a past instant: the scores a round then ranked by) */
    get: operations['listScores'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scores/recompute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Compute and store every provider’s score now (it also runs nightly) */
    post: operations['recomputeScores'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/score': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A provider’s quality score in each of its zones, with components and the KPIs behind it */
    get: operations['getProviderScores'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/score/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A provider’s stored score snapshots, newest first */
    get: operations['listProviderScoreHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/quality-evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Quality evidence recorded for a provider, newest first */
    get: operations['listQualityEvidence'];
    put?: never;
    /** Record a monitoring visit, upheld complaint, safeguarding concern or CQC rating change */
    post: operations['recordQualityEvidence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/quality-evidence/{evidenceId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw evidence recorded in error (kept, and still explains past scores) */
    post: operations['withdrawQualityEvidence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reviews/flags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Promotion and demotion flags, newest first */
    get: operations['listReviewFlags'];
    put?: never;
    /** Raise a promotion or demotion flag by hand, with evidence (another commissioner confirms it) */
    post: operations['raiseReviewFlag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reviews/flags/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One flag, with the zone’s prime coverage now */
    get: operations['getReviewFlag'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reviews/flags/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a flag with evidence and a comment: the provider’s role in the zone changes now */
    post: operations['confirmReviewFlag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reviews/flags/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dismiss a flag with a reason, evidence and a comment; the role does not change */
    post: operations['dismissReviewFlag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reviews/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run the promotion and demotion review now (it also runs daily) */
    post: operations['runRoleReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/provider-risk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every provider’s risk RAG for a month, and the desktop review or visit list */
    get: operations['getProviderRisk'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/provider-risk/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rate every provider’s risk for a month now (it also runs monthly); keeps overrides */
    post: operations['runProviderRisk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/provider-risk/{providerId}/override': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a provider’s risk RAG for a month by hand, with a reason (the computed RAG is kept) */
    post: operations['overrideProviderRisk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Framework providers with their zone roles and latest capacity, filtered */
    get: operations['listProviders'];
    put?: never;
    /** Admit a provider to the open framework */
    post: operations['admitProvider'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One provider (a provider user: its own organisation only) */
    get: operations['getProvider'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change status, ratings, CHC approval or tender score (optimistic check on version) */
    patch: operations['updateProvider'];
    trace?: never;
  };
  '/providers/{id}/zones/{zoneId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Make the provider prime or supplementary in a zone (with a reason) */
    put: operations['setProviderZoneRole'];
    post?: never;
    /** Take the provider out of a zone (with a reason); allowed below the minimums, with a warning */
    delete: operations['removeProviderZoneRole'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/capacity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A provider's latest capacity per zone, with age and staleness, and its recent declarations */
    get: operations['getProviderCapacity'];
    put?: never;
    /** Declare the new weekly hours the provider can take now in one of its zones */
    post: operations['declareProviderCapacity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/capacity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Latest capacity of every provider in every zone it holds a role in, with age; stale flagged */
    get: operations['listCapacity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/needs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a provider declared it can meet in each of its zones, its specialist appointments and history */
    get: operations['getProviderNeeds'];
    put?: never;
    /** Declare what the provider can meet now in one of its zones: specialisms, languages, two carers, gender */
    post: operations['declareProviderNeeds'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/specialists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The countywide specialist list, by specialism (HC20 ¶30) */
    get: operations['listSpecialists'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/specialists/{specialism}/providers/{providerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Appoint a provider to the countywide specialist list for a specialism */
    put: operations['appointSpecialist'];
    post?: never;
    /** Remove a provider from the countywide specialist list for a specialism */
    delete: operations['removeSpecialist'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/framework/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Zone coverage: active primes, supplementaries and CHC providers against each zone’s minimums */
    get: operations['getFrameworkCoverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/caseload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import the packages already in care (CSV), or check the file with dryRun=true */
    post: operations['importCaseload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/baseline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import the old framework's past referrals (CSV) for the before-and-after report */
    post: operations['importBaseline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/cqc-ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import the CQC's published ratings file (CSV), or check it with dryRun=true */
    post: operations['importCqcRatings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import visit records from call monitoring (CSV), or check them with dryRun=true */
    post: operations['importVisits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a batch of call-monitoring visit records (JSON), or check it with dryRun=true */
    post: operations['recordVisits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/performance/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Visit KPIs (delivered, late, missed, short, two-carer visits with fewer) per provider, zone, band */
    get: operations['getVisitKpis'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/packages/{id}/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A package's planned against actual visits for a period, late, missed and short marked */
    get: operations['getPackageVisits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/exit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a provider leaving the market: hands back every package it holds with one notice date */
    post: operations['recordProviderExit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/transition': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A leaving provider's packages: re-brokered, started with the new provider, or still waiting */
    get: operations['getProviderTransition'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admission/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Admission rounds, newest first (open=true: those still taking applications) */
    get: operations['listAdmissionRounds'];
    put?: never;
    /** Open an admission round for chosen zones and roles, or CHC approval; eligible providers are told */
    post: operations['openAdmissionRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admission/applicants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a new organisation for admission: an applicant provider and its invited first user */
    post: operations['registerApplicant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admission/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Applications, newest first (a provider user: its own) */
    get: operations['listAdmissionApplications'];
    put?: never;
    /** Apply to a round, for the caller's own organisation: a zone role or CHC approval */
    post: operations['applyForAdmission'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admission/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One application (a provider user: its own only) */
    get: operations['getAdmissionApplication'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admission/applications/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Score and accept or reject an application, with a comment; accepted, its role is mobilising */
    post: operations['decideAdmissionApplication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admission/check-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The post-award check items, in order */
    get: operations['listCheckItems'];
    put?: never;
    /** Add a post-award check item */
    post: operations['addCheckItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/readiness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A provider's post-award checks and mobilising roles (a provider user: its own) */
    get: operations['getProviderReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/readiness/{itemKey}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record a check of one item (pass or fail, with an evidence reference); history is kept */
    put: operations['recordReadinessCheck'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make the provider's mobilising roles active, once every required check has passed */
    post: operations['activateProvider'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rate-cards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every rate card, oldest first, with the one in force today marked (published rates, story P5) */
    get: operations['listRateCards'];
    put?: never;
    /** Add a rate card applying from a future date (annual uplift) */
    post: operations['createRateCard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rate-cards/current': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rate card in force on a date (default today) */
    get: operations['getCurrentRateCard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rate-cards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a rate card that has not yet taken effect */
    delete: operations['deleteRateCard'];
    options?: never;
    head?: never;
    /** Change a rate card that has not yet taken effect */
    patch: operations['updateRateCard'];
    trace?: never;
  };
  '/packages/{id}/rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rate a package is paid today (its negotiated rate or the card for its band) and its negotiated rates */
    get: operations['getPackageRates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/packages/{id}/negotiated-rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a negotiated hourly rate for a package from a date, or its return to the rate card (audited) */
    post: operations['recordNegotiatedRate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pricing/quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Price a package before intake: zone, band, rate and weekly, annual and date-range costs */
    get: operations['getPriceQuote'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pricing/cost-model': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Weighted average £/h and weekly and annual cost of weekly hours by band (default: July 2019 maintenance hours) */
    get: operations['getCostModel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/privacy/erasures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Right to erasure: forget a service user's reference and location; the packages stay, anonymised */
    post: operations['eraseReference'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Zone coverage report: framework, demand and supply, unmet need, pick-up, hand-backs, cost and RAG, per zone and county-wide */
    get: operations['getCoverageReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Provider-level report: each provider’s KPIs per zone and over all its zones */
    get: operations['getProviderReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exports/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payments per package and provider for a period: days, hours, rates and amounts, with totals per funding stream */
    get: operations['getPaymentsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budgets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Committed annual cost against budget per funding stream for a financial year */
    get: operations['getBudgetPosition'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budgets/{financialYear}/{fundingStream}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the annual budget of a funding stream for a financial year (send the version you read; audited) */
    put: operations['setBudget'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/before-after': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pick-up times before and after a day (the old framework against this one), by band and zone */
    get: operations['beforeAfterReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/rag-targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** RAG targets and tolerances in force on a day, zone overrides, and their history */
    get: operations['getRagTargets'];
    put?: never;
    /** Set a RAG target from a date: council-wide, or a zone override with a comment (audited) */
    post: operations['setRagTarget'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/locate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Zone, price band and hourly rate of a place, by coordinates or postcode */
    get: operations['locatePlace'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/zones/layers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Versions of the area layer: the built one and every upload, with the date each applies from */
    get: operations['listAreaLayers'];
    put?: never;
    /** Replace the area layer (zone and band per area) from a date; older versions are kept */
    post: operations['uploadAreaLayer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/zones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The 14 zones as GeoJSON (?simplified=true for a light version for maps) */
    get: operations['listZones'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/zones/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One zone (ids and aliases such as "Ashby and Coalville" resolve) */
    get: operations['getZone'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/zones/{id}/areas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The areas (Output Areas) of a zone, with their bands */
    get: operations['listZoneAreas'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A provider's offer contacts (the addresses that hear of its offers) */
    get: operations['listProviderContacts'];
    put?: never;
    /** Add an offer contact address */
    post: operations['addProviderContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/contacts/{contactId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an offer contact address */
    delete: operations['removeProviderContact'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's choice per kind of message: immediate, daily digest or off */
    get: operations['getMyNotificationPreferences'];
    /** Change the caller's choices (a provider user's apply to its organisation's contacts) */
    put: operations['setMyNotificationPreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every email and webhook delivery with its state (newest first) */
    get: operations['listOutboxMessages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/outbox/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One message as it is sent (text or JSON) and each attempt */
    get: operations['getOutboxMessage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/outbox/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a message again (a dead letter, or one sent that must go again) */
    post: operations['resendOutboxMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The provider's webhook endpoints (without their secrets) */
    get: operations['listWebhooks'];
    put?: never;
    /** Register a webhook endpoint; the answer carries its signing secret, shown once */
    post: operations['registerWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The delivery log of an endpoint: status, attempts, latest response code and latency */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{id}/deliveries/{deliveryId}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a delivery again, with the same webhook-id */
    post: operations['replayWebhookDelivery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a webhook endpoint (its waiting deliveries are not sent) */
    delete: operations['removeWebhook'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Health: {
      /** @enum {string} */
      status: 'ok';
      /** @enum {string} */
      database: 'reachable';
    };
    /** @description A problem with the input, naming each failing field */
    ValidationProblem: components['schemas']['Problem'] & {
      /** @description Every failing field */
      errors: components['schemas']['FieldIssue'][];
    };
    /** @description RFC 9457 problem details; some problems add members of their own (e.g. the nearest zone) */
    Problem: {
      /** @description A stable id of the problem, e.g. /problems/package-not-found */
      type: string;
      title: string;
      status: number;
      /** @description What went wrong, for a person to read */
      detail: string;
      /** @description Quote it when reporting a problem */
      requestId?: string;
    } & {
      [key: string]: unknown;
    };
    FieldIssue: {
      /** @description The failing field, e.g. 'query.lat' or 'body.rates.urban' */
      path: string;
      message: string;
    };
    User: {
      id: number;
      name: string;
      email: string | null;
      /** @enum {string} */
      role: 'officer' | 'provider' | 'commissioner' | 'admin' | 'member';
      providerId: number | null;
      /** @description A provider user who manages its organisation's users */
      providerAdmin: boolean;
      /** @description False once deactivated */
      active: boolean;
    };
    Account: {
      id: number;
      name: string;
      email: string | null;
      /** @enum {string} */
      role: 'officer' | 'provider' | 'commissioner' | 'admin' | 'member';
      providerId: number | null;
      /** @description A provider user who manages its organisation's users */
      providerAdmin: boolean;
      /** @description False once deactivated */
      active: boolean;
      providerName: string | null;
      /** @enum {string} */
      signIn: 'password' | 'council-account' | 'invited';
      /** @description ISO instant */
      lastSignInAt: string | null;
      /** @description Failed password sign-ins since the last successful one */
      failedSignIns: number;
      /** @description ISO instant */
      lastFailedSignInAt: string | null;
      /** @description ISO instant */
      lastLockedOutAt: string | null;
    };
    IssuedToken: {
      /** @description Shown once; only its hash is stored */
      token: string;
      /** @description ISO instant; null when it never expires */
      expiresAt: string | null;
      user: components['schemas']['User'];
    };
    NewUser: {
      name: string;
      /** @enum {string} */
      role: 'officer' | 'provider' | 'commissioner' | 'admin' | 'member';
      providerId?: number;
      /** Format: email */
      email?: string;
      /** @description Provider users only: manages its organisation's users */
      providerAdmin?: boolean;
    };
    ApiToken: {
      /** @description Shown once; only its hash is stored */
      token: string;
      /** @description ISO instant; null when it never expires */
      expiresAt: string | null;
    };
    Invited: {
      user: components['schemas']['User'];
      /** @description ISO instant until which the emailed link works */
      linkExpiresAt: string;
    };
    Invitation: {
      name: string;
      /** Format: email */
      email: string;
      /** @enum {string} */
      role: 'officer' | 'provider' | 'commissioner' | 'admin' | 'member';
      providerId?: number;
      /** @description Provider users only: manages its organisation's users */
      providerAdmin?: boolean;
    };
    AccountChange: {
      /** @enum {string} */
      role?: 'officer' | 'provider' | 'commissioner' | 'admin' | 'member';
      providerAdmin?: boolean;
      /** @description false deactivates (ends sessions, tokens stop working) */
      active?: boolean;
    };
    ProviderInvitation: {
      name: string;
      /** Format: email */
      email: string;
      providerAdmin?: boolean;
    };
    AuditEvent: {
      id: number;
      at: string;
      actor: {
        userId: number | null;
        role: string;
      };
      action: string;
      entityType: string;
      entityId: string;
      before?: unknown;
      after?: unknown;
      requestId: string | null;
    };
    Package: {
      id: number;
      reference: string | null;
      location: {
        lat: number;
        lon: number;
      } | null;
      /** @description The normalised postcode when one was given (as location) */
      postcode: string | null;
      /**
       * @description Whether intake was given a postcode or coordinates
       * @enum {string}
       */
      locationGiven: 'postcode' | 'coordinates';
      zone: {
        id: string;
        name: string;
      };
      /** @description The band in force: the area's, or an officer's override */
      band: string;
      /** @description How the area's band was set (geo/README.md "Bands") */
      bandSource: string;
      bandOverride: components['schemas']['BandOverrideView'];
      areaId: string;
      hourlyRatePence: number;
      weeklyMinutes: number;
      weeklyHours: number;
      weeklyCostPence: number;
      visitsPerWeek: number;
      /** @enum {string} */
      fundingStream: 'council' | 'chc' | 'd2a' | 'joint';
      /**
       * @description chc for the chc funding stream, otherwise core
       * @enum {string}
       */
      careType: 'core' | 'chc';
      /** @description The funded period and review of a discharge to assess package */
      d2a: {
        /** @description The last day of the funded period */
        fundedUntil: string;
        reviewDue: string;
        /**
         * @description Null until the review is recorded
         * @enum {string|null}
         */
        outcome: 'continue' | 'change-hours' | 'end' | null;
        reviewedAt: string | null;
      } | null;
      /** @enum {string} */
      urgency: 'standard' | 'hospital-discharge' | 'urgent';
      wantedStart: string;
      needs: components['schemas']['Needs'];
      /** @enum {string} */
      status: 'brokering' | 'unplaced' | 'awarded' | 'active' | 'ended' | 'cancelled';
      providerId: number | null;
      createdAt: string;
      updatedAt: string;
      escalatedAt: string | null;
      version: number;
      /** @description A hand-back still running: the outgoing provider keeps the care until the notice date while the package is re-brokered. On a single package's view only; staff and the outgoing provider see it */
      handBack?: {
        outgoingProvider: {
          id: number;
          name: string;
        };
        reason: string;
        givenAt: string;
        /** @description The last day the outgoing provider delivers care */
        noticeDate: string;
        lastVisit: string | null;
        /**
         * @description pending: short notice awaiting a commissioner; nothing is re-brokered until then
         * @enum {string}
         */
        approval: 'not-needed' | 'pending' | 'approved' | 'refused';
        decidedAt: string | null;
        /** @description The day re-brokering opens (null while pending) */
        rebrokerOpensOn: string | null;
        /** @description When re-brokering opened; null until then */
        rebrokeredAt: string | null;
      } | null;
    };
    /** @description An officer overrode the band the area gave */
    BandOverrideView: {
      /** @description The band the area gave */
      placedBand: string;
      /** @enum {string} */
      reason: 'address-unlike-area' | 'travel-access' | 'new-development' | 'area-band-wrong';
      /** @description Staff only; null for a provider */
      comment: string | null;
      at: string;
    } | null;
    /** @description Structured needs: no free-text medical detail */
    Needs: {
      /**
       * @description Whom the carers must be (hard need)
       * @default any
       * @enum {string}
       */
      carerGender: 'any' | 'female' | 'male';
      /**
       * @description Languages the carers should speak besides English, ISO 639-1 (soft preference)
       * @default []
       */
      languages: string[];
      /**
       * @description Two carers at every visit (hard need)
       * @default false
       */
      twoCarers: boolean;
      /**
       * @description Specialist services the package calls for (hard need; specialist order of rounds)
       * @default []
       */
      specialisms: ('dementia' | 'learning-disability' | 'mental-health' | 'end-of-life')[];
      /**
       * @description Other structured needs, shown on the offer; they do not decide eligibility
       * @default []
       */
      support: ('moving-and-handling' | 'sensory-impairment' | 'medication-support')[];
    };
    NewPackage: {
      reference: string;
      location: components['schemas']['IntakeLocation'];
      bandOverride?: components['schemas']['BandOverride'];
      /** @description Hours of care a week, in quarter hours, 0.25–168 */
      weeklyHours: number;
      /** @description Visits a week, 1–84 (twelve a day), each of at least 15 minutes */
      visitsPerWeek: number;
      /**
       * @description Who pays: council, chc (NHS, CHC-approved providers only), d2a (discharge to assess) or joint
       * @enum {string}
       */
      fundingStream?: 'council' | 'chc' | 'd2a' | 'joint';
      /**
       * @description Older form of the funding stream: chc is the chc stream, core the council stream
       * @enum {string}
       */
      careType?: 'core' | 'chc';
      /**
       * Format: date
       * @description D2A only (required): the last day of the funded period, YYYY-MM-DD, from today to a year from today
       */
      fundedUntil?: string;
      /**
       * Format: date
       * @description D2A only (required): the day the review is due, YYYY-MM-DD, from today to fundedUntil
       */
      reviewDue?: string;
      /** @enum {string} */
      urgency: 'standard' | 'hospital-discharge' | 'urgent';
      /**
       * Format: date
       * @description The day care should start, YYYY-MM-DD: from 14 days ago (a late referral) to a year from today
       */
      wantedStart: string;
      needs?: components['schemas']['Needs'];
    };
    /** @description Exactly one of: { postcode } or { lat, lon } (e.g. a new build without a postcode yet) */
    IntakeLocation: {
      postcode?: string;
      lat?: number | null;
      lon?: number | null;
    };
    BandOverride: {
      /** @enum {string} */
      band: 'urban' | 'fringe' | 'rural' | 'isolated';
      /** @enum {string} */
      reason: 'address-unlike-area' | 'travel-access' | 'new-development' | 'area-band-wrong';
      /** @description Why, in a sentence: about the address and travel, never the person (no names, no health details) */
      comment: string;
    };
    PackageList: {
      packages: components['schemas']['Package'][];
      /** @description How many packages match, on every page */
      total: number;
      limit: number;
      offset: number;
    };
    EditPackage: {
      /** @description The version you loaded; a stale one is refused with 409 */
      version: number;
      /** @description Hours of care a week, in quarter hours, 0.25–168 */
      weeklyHours?: number;
      /** @description Visits a week, 1–84 (twelve a day), each of at least 15 minutes */
      visitsPerWeek?: number;
      /**
       * Format: date
       * @description The day care should start, YYYY-MM-DD: from 14 days ago (a late referral) to a year from today
       */
      wantedStart?: string;
      needs?: components['schemas']['Needs'];
    };
    BandOverrideRequest: {
      /** @enum {string} */
      band: 'urban' | 'fringe' | 'rural' | 'isolated';
      /** @enum {string} */
      reason: 'address-unlike-area' | 'travel-access' | 'new-development' | 'area-band-wrong';
      /** @description Why, in a sentence: about the address and travel, never the person (no names, no health details) */
      comment: string;
      /** @description The version you loaded; a stale one is refused with 409 */
      version: number;
    };
    HandBack: {
      /** @enum {string} */
      reason: 'staffing' | 'travel' | 'needs-changed' | 'safety' | 'provider-exit' | 'other';
      /**
       * Format: date
       * @description The last day the provider delivers care, YYYY-MM-DD: today or later. Sooner than HAND_BACK_NOTICE_DAYS (28) from today waits for a commissioner, unless the reason is safety or provider-exit
       */
      noticeDate: string;
      /**
       * Format: date
       * @description The last planned visit, YYYY-MM-DD: from today to the notice date (default: the notice date)
       */
      lastVisit?: string;
    };
    ReviewsDue: {
      today: string;
      /** @description Due before today, oldest first */
      overdue: components['schemas']['ReviewDue'][];
      /** @description Due from today to six days ahead */
      dueThisWeek: components['schemas']['ReviewDue'][];
    };
    ReviewDue: {
      packageId: number;
      reference: string | null;
      zone: {
        id: string;
        name: string;
      };
      band: string;
      status: string;
      weeklyHours: number;
      fundedUntil: string;
      reviewDue: string;
      /** @description Due before today */
      overdue: boolean;
      version: number;
    };
    FundingReview: {
      /** @description The version you loaded; a stale one is refused with 409 */
      version: number;
      /** @enum {string} */
      outcome: 'continue' | 'change-hours' | 'end';
      /** @description change-hours only: the new hours */
      weeklyHours?: number;
      /** @description change-hours only: the new visits */
      visitsPerWeek?: number;
      /** @description end only (required): why care ends */
      reason?: string;
    };
    OfferList: {
      offers: components['schemas']['Offer'][];
    };
    /** @description An offer as its provider sees it: nothing that identifies the person */
    Offer: {
      id: number;
      /** @enum {string} */
      status: 'pending' | 'accepted' | 'declined' | 'expired' | 'won' | 'lost' | 'withdrawn';
      rank: number;
      /** @enum {string} */
      round: 'primes' | 'specialists' | 'supplementaries' | 'widened-neighbours' | 'widened-all';
      /** @description ISO instant (UTC) */
      sentAt: string;
      /** @description ISO instant (UTC) */
      deadlineAt: string;
      /** @description ISO instant (UTC) */
      respondedAt: string | null;
      /** @enum {string|null} */
      declineReason: 'no-capacity' | 'travel-distance' | 'skills' | 'start-date' | 'other' | null;
      proposedStart: string | null;
      packageId: number;
      zone: {
        id: string;
        name: string;
      };
      /** @description Roughly where the person lives, to judge travel: never the postcode or coordinates */
      whereabouts: {
        /** @description The nearest named settlement */
        near: string | null;
        /** @description The outward code, e.g. LE12 */
        postcodeDistrict: string | null;
        /** @description e.g. "near Shepshed, LE12" */
        label: string | null;
      };
      band: string;
      /** @description Null unless an officer overrode the band the area gave (docs/specification/zones-and-bands.md §2.9) */
      bandOverride: {
        placedBand: string;
        /** @enum {string} */
        reason: 'address-unlike-area' | 'travel-access' | 'new-development' | 'area-band-wrong';
      } | null;
      hourlyRatePence: number;
      weeklyMinutes: number;
      weeklyHours: number;
      visitsPerWeek: number;
      /** @enum {string} */
      fundingStream: 'council' | 'chc' | 'd2a' | 'joint';
      /**
       * @description Derived from fundingStream: chc for the chc stream, otherwise core
       * @enum {string}
       */
      careType: 'core' | 'chc';
      /** @enum {string} */
      urgency: 'standard' | 'hospital-discharge' | 'urgent';
      wantedStart: string;
      needs: components['schemas']['Needs'];
    };
    OfferResponse: {
      offerId: number;
      /** @enum {string} */
      status: 'pending' | 'accepted' | 'declined' | 'expired' | 'won' | 'lost' | 'withdrawn';
      /** @enum {string} */
      roundOutcome: 'waiting' | 'awarded' | 'next-round';
    };
    BrokerageQueue: {
      packages: {
        id: number;
        zone: {
          id: string;
          name: string;
        };
        band: string;
        weeklyHours: number;
        /** @enum {string} */
        urgency: 'standard' | 'hospital-discharge' | 'urgent';
        /**
         * @description Derived from fundingStream: chc for the chc stream, otherwise core
         * @enum {string}
         */
        careType: 'core' | 'chc';
        /** @enum {string} */
        fundingStream: 'council' | 'chc' | 'd2a' | 'joint';
        /** @enum {string} */
        status: 'brokering' | 'unplaced' | 'awarded' | 'active' | 'ended' | 'cancelled';
        /** @description The open round, if any */
        round: {
          number: number;
          /** @enum {string} */
          kind: 'primes' | 'specialists' | 'supplementaries' | 'widened-neighbours' | 'widened-all';
        } | null;
        /** @description Since intake */
        waitedMinutes: number;
        minutesLeftInWindow: number | null;
        escalated: boolean;
        reference: string | null;
        weeklyMinutes: number;
        visitsPerWeek: number;
        wantedStart: string;
        /** @description The start agreed at the award, if awarded */
        agreedStart: string | null;
        /** @enum {string} */
        view: 'needs-action' | 'with-providers';
        /** @description Why it needs an officer (empty: with providers) */
        reasons: (
          'escalated' | 'unplaced' | 'handed-back' | 'start-overdue' | 'no-open-round' | 'short-notice'
        )[];
        canWiden: boolean;
        /** @description Answers to the latest round's offers */
        answers: {
          offered: number;
          accepted: number;
          declined: number;
          waiting: number;
        };
      }[];
      counts: {
        needsAction: number;
        withProviders: number;
      };
      rules: {
        /** @description ESCALATE_AFTER_HOURS: flagged this long after intake */
        escalateAfterHours: number;
        /** @description CARE_START_OVERDUE_DAYS: an award with no start confirmed this many days after the agreed start */
        careStartOverdueDays: number;
      };
    };
    SweepResult: {
      /** @description Rounds settled at their deadline */
      roundsClosed: number;
      /** @description Packages newly flagged for escalation */
      escalated: number;
      /** @description Hand-backs whose re-brokering opened on its day */
      rebrokered: number;
      /** @description Packages still re-brokering whose outgoing provider reached its notice date */
      noticesEnded: number;
    };
    AllocationExplanation: {
      packageId: number;
      /** @description The band the package is offered at, and an officer's override of the area's band */
      band: {
        band: string;
        /** @description Null unless an officer overrode the band the area gave (docs/specification/zones-and-bands.md §2.9) */
        override: {
          placedBand: string;
          /** @enum {string} */
          reason: 'address-unlike-area' | 'travel-access' | 'new-development' | 'area-band-wrong';
        } | null;
      } | null;
      episodes: {
        number: number;
        openedBecause: string;
        /** @description ISO instant (UTC) */
        openedAt: string;
        outcome: string;
        awardedProvider: {
          id: number;
          name: string | null;
        } | null;
        /** @description ISO instant (UTC) */
        awardedAt: string | null;
        pickUpMinutes: number | null;
        careStartedOn: string | null;
        handBack: {
          /** @description ISO instant (UTC) */
          at: string | null;
          reason: string | null;
          noticeDate: string | null;
        } | null;
        rounds: {
          number: number;
          /** @enum {string} */
          kind: 'primes' | 'specialists' | 'supplementaries' | 'widened-neighbours' | 'widened-all';
          /** @description ISO instant (UTC) */
          openedAt: string;
          /** @description ISO instant (UTC) */
          deadlineAt: string | null;
          /** @description ISO instant (UTC) */
          closedAt: string | null;
          outcome: string;
          ranking: {
            providerId: number;
            name: string;
            rank: number;
            score: {
              value: number;
              components: {
                pickUp: number;
                quality: number;
                response: number;
              } | null;
              /** @enum {string} */
              source: 'tender' | 'snapshot';
              snapshotId: number | null;
            };
            recentAwardsInZone: number;
            capacityMinutes: number | null;
            notes: (
              | 'not-active'
              | 'rated-inadequate'
              | 'not-chc-approved'
              | 'no-capacity-declared'
              | 'not-enough-capacity'
              | 'offered-as-prime'
              | 'no-needs-declared'
              | 'cannot-double-up'
              | 'carer-gender-unavailable'
              | 'specialism-not-declared'
              | 'not-on-specialist-list'
              | 'handed-back'
              | 'leaving-market'
            )[];
            /** @description On re-brokering after a hand-back only: already delivering care within CONTINUITY_DISTANCE_KM of the person, so first among equal scores */
            deliversCareNearby?: boolean;
            /** @description Declared every language the package prefers (null: none preferred); breaks ties only */
            meetsLanguages?: boolean | null;
          }[];
          excluded: {
            providerId: number;
            name: string;
            reasons: (
              | 'not-active'
              | 'rated-inadequate'
              | 'not-chc-approved'
              | 'no-capacity-declared'
              | 'not-enough-capacity'
              | 'offered-as-prime'
              | 'no-needs-declared'
              | 'cannot-double-up'
              | 'carer-gender-unavailable'
              | 'specialism-not-declared'
              | 'not-on-specialist-list'
              | 'handed-back'
              | 'leaving-market'
            )[];
          }[];
          tieBreak: string;
          /** @description The package's order of automatic rounds and why (docs/specification/allocation.md §5.17) */
          order?: {
            rounds: ('primes' | 'specialists' | 'supplementaries' | 'widened-neighbours' | 'widened-all')[];
            because: string;
          };
          responses: {
            offerId: number;
            provider: {
              id: number;
              name: string;
            };
            rank: number;
            /** @enum {string} */
            status: 'pending' | 'accepted' | 'declined' | 'expired' | 'won' | 'lost' | 'withdrawn';
            /** @description ISO instant (UTC) */
            sentAt: string;
            /** @description ISO instant (UTC) */
            respondedAt: string | null;
            responseMinutes: number | null;
            declineReason: string | null;
            proposedStart: string | null;
          }[];
          /** @description Why the winner won, in words */
          why: string | null;
        }[];
      }[];
    };
    KpiReport: {
      period: {
        from: string;
        to: string;
      };
      asOf: string;
      groupBy: ('provider' | 'zone' | 'band')[];
      filter: {
        providerId?: number;
        zoneId?: string;
        band?: string;
        fundingStream?: string;
      };
      pickUpTargetDays: components['schemas']['PickUpTargetDays'];
      groups: {
        group: {
          provider?: {
            id: number;
            name: string | null;
          };
          zone?: {
            id: string;
            name: string | null;
          };
          band?: string;
        };
        kpis: components['schemas']['KpiSet'];
      }[];
      /** @description Stored records the figures had to leave out, one line each (e.g. a start date in year 0023 that cannot be placed in time); empty when none */
      notes: string[];
    };
    PickUpTargetDays: {
      /** @description Calendar days after intake; 0 = the same day */
      urgent: number;
      standard: number;
    };
    KpiSet: {
      offers: {
        received: number;
        /** @description Offers that could be answered (not withdrawn before their deadline) */
        decided: number;
        respondedInWindow: number;
        /** @description Percent to one decimal place; null when there is nothing to divide by */
        respondedInWindowPct: number | null;
        accepted: number;
        /** @description Percent to one decimal place; null when there is nothing to divide by */
        acceptedPct: number | null;
        quickAccepted: number;
        expired: number;
        declined: number;
        declinedByReason: {
          [key: string]: number;
        };
        responseMinutes: {
          median: number | null;
          p90: number | null;
        };
      };
      pickUp: {
        awarded: number;
        medianHours: number | null;
        p90Hours: number | null;
        withinTarget: number;
        /** @description Percent to one decimal place; null when there is nothing to divide by */
        withinTargetPct: number | null;
      };
      careStart: {
        started: number;
        medianDaysFromAward: number | null;
        judged: number;
        startedByAgreedDate: number;
        /** @description Percent to one decimal place; null when there is nothing to divide by */
        startedByAgreedDatePct: number | null;
      };
      handBacks: {
        count: number;
        per100Awarded: number | null;
        weeklyHours: number;
        byReason: {
          [key: string]: {
            count: number;
            weeklyHours: number;
          };
        };
        /** @description Hand-backs with less than the default notice for a reason that needed it (not safety or provider exit), approved or not; each counts against the response component */
        withoutNotice: number;
      };
      held: {
        packages: number;
        weeklyHours: number;
      };
    };
    ZoneScores: {
      /** @description ISO instant (UTC) */
      at: string;
      zones: {
        zone: {
          id: string;
          name: string;
        };
        providers: {
          provider: {
            id: number;
            name: string;
          };
          /** @enum {string} */
          role: 'prime' | 'supplementary';
          /** @description 0–100 */
          value: number;
          /** @enum {string} */
          rag: 'red' | 'amber' | 'green';
          /** @enum {string} */
          source: 'snapshot' | 'tender';
          snapshotId: number | null;
          computedFor: string | null;
          components: {
            /** @description 0–100 */
            pickUp: number;
            /** @description 0–100 */
            quality: number;
            /** @description 0–100 */
            response: number;
          } | null;
        }[];
      }[];
    };
    ScoreRun: {
      runId: number | null;
      runKey: string;
      computedFor: string;
      /** @description ISO instant (UTC) */
      asOf: string;
      /** @description Snapshots stored */
      snapshots: number;
      /** @description True when another computation already stored this run */
      skipped: boolean;
      /** @description Stored records the figures had to leave out, one line each (e.g. a start date in year 0023 that cannot be placed in time); empty when none */
      notes: string[];
    };
    ProviderScores: {
      provider: {
        id: number;
        name: string;
        /** @description 0–100 */
        tenderScore: number;
      };
      /** @description ISO instant (UTC) */
      at: string;
      zones: {
        zone: {
          id: string;
          name: string;
        };
        /** @enum {string} */
        role: 'prime' | 'supplementary';
        score:
          | {
              id: number;
              runId: number;
              providerId: number;
              zoneId: string;
              /** @description The England date of the run */
              computedFor: string;
              /** @description ISO instant (UTC) */
              computedAt: string;
              role: string | null;
              /** @description 0–100 */
              tenderScore: number;
              /** @description 0–100 */
              value: number;
              /** @enum {string} */
              rag: 'red' | 'amber' | 'green';
              components: {
                pickUp: {
                  /** @description The blended value, 0–100 */
                  value: number;
                  /** @description The live evidence alone; null with no evidence */
                  live: number | null;
                  /** @description How many observations the live value rests on */
                  evidence: number;
                  /** @description n / (n + k): how far the value has moved from the tender score */
                  liveWeight: number;
                };
                quality: {
                  /** @description The blended value, 0–100 */
                  value: number;
                  /** @description The live evidence alone; null with no evidence */
                  live: number | null;
                  /** @description How many observations the live value rests on */
                  evidence: number;
                  /** @description n / (n + k): how far the value has moved from the tender score */
                  liveWeight: number;
                };
                response: {
                  /** @description The blended value, 0–100 */
                  value: number;
                  /** @description The live evidence alone; null with no evidence */
                  live: number | null;
                  /** @description How many observations the live value rests on */
                  evidence: number;
                  /** @description n / (n + k): how far the value has moved from the tender score */
                  liveWeight: number;
                };
              };
              evidencePeriod: {
                from: string;
                to: string;
              };
              quality: {
                visits: number;
                meanVisitScore: number | null;
                cqcRating: string | null;
                /** @description The overall rating's publication date in the CQC ratings register (absent on older snapshots) */
                cqcRatedOn?: string | null;
                upheldComplaints: number;
                safeguardingConcerns: number;
                /** @description Call-monitoring visits due in the zone, and those not late (absent on older snapshots) */
                visitRecords?: {
                  due: number;
                  punctual: number;
                };
              };
              kpis: components['schemas']['KpiSet'];
              /** @enum {string} */
              source: 'snapshot';
              snapshotId: number;
            }
          | {
              /** @enum {string} */
              source: 'tender';
              snapshotId: null;
              /** @description 0–100 */
              value: number;
              /** @enum {string} */
              rag: 'red' | 'amber' | 'green';
              /** @description 0–100 */
              tenderScore: number;
              components: null;
              kpis: null;
            };
      }[];
    };
    ScoreSnapshotHistory: {
      snapshots: components['schemas']['ScoreSnapshot'][];
    };
    /** @description A stored score with its components and the evidence behind it */
    ScoreSnapshot: {
      id: number;
      runId: number;
      providerId: number;
      zoneId: string;
      /** @description The England date of the run */
      computedFor: string;
      /** @description ISO instant (UTC) */
      computedAt: string;
      role: string | null;
      /** @description 0–100 */
      tenderScore: number;
      /** @description 0–100 */
      value: number;
      /** @enum {string} */
      rag: 'red' | 'amber' | 'green';
      components: {
        pickUp: {
          /** @description The blended value, 0–100 */
          value: number;
          /** @description The live evidence alone; null with no evidence */
          live: number | null;
          /** @description How many observations the live value rests on */
          evidence: number;
          /** @description n / (n + k): how far the value has moved from the tender score */
          liveWeight: number;
        };
        quality: {
          /** @description The blended value, 0–100 */
          value: number;
          /** @description The live evidence alone; null with no evidence */
          live: number | null;
          /** @description How many observations the live value rests on */
          evidence: number;
          /** @description n / (n + k): how far the value has moved from the tender score */
          liveWeight: number;
        };
        response: {
          /** @description The blended value, 0–100 */
          value: number;
          /** @description The live evidence alone; null with no evidence */
          live: number | null;
          /** @description How many observations the live value rests on */
          evidence: number;
          /** @description n / (n + k): how far the value has moved from the tender score */
          liveWeight: number;
        };
      };
      evidencePeriod: {
        from: string;
        to: string;
      };
      quality: {
        visits: number;
        meanVisitScore: number | null;
        cqcRating: string | null;
        /** @description The overall rating's publication date in the CQC ratings register (absent on older snapshots) */
        cqcRatedOn?: string | null;
        upheldComplaints: number;
        safeguardingConcerns: number;
        /** @description Call-monitoring visits due in the zone, and those not late (absent on older snapshots) */
        visitRecords?: {
          due: number;
          punctual: number;
        };
      };
      kpis: components['schemas']['KpiSet'];
    };
    QualityEvidenceList: {
      evidence: components['schemas']['QualityEvidence'][];
    };
    QualityEvidence: {
      id: number;
      providerId: number;
      /** @enum {string} */
      kind: 'monitoring-visit' | 'complaint' | 'upheld-complaint' | 'safeguarding-concern' | 'cqc-rating';
      occurredOn: string;
      score: number | null;
      /** @enum {string|null} */
      rag: 'red' | 'amber' | 'green' | null;
      /** @enum {string|null} */
      rating: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated' | null;
      category: string | null;
      /** @enum {string|null} */
      outcome: 'enquiry-open' | 'no-further-action' | 'resolved' | 'action-plan' | 'escalated' | null;
      upheld: boolean | null;
      /** @enum {string|null} */
      district:
        | 'E07000129'
        | 'E07000130'
        | 'E07000131'
        | 'E07000132'
        | 'E07000133'
        | 'E07000134'
        | 'E07000135'
        | null;
      reference: string | null;
      recordedAt: string;
      recordedBy: number | null;
      withdrawn: {
        at: string;
        by: number | null;
        reason: string;
      } | null;
    };
    /** @description Dated, structured quality evidence: no free text about people */
    NewQualityEvidence:
      | {
          /** @enum {string} */
          kind: 'monitoring-visit';
          /**
           * Format: date
           * @description The day it happened, YYYY-MM-DD: not before the provider joined the framework, not after today
           */
          occurredOn: string;
          reference?: string;
          score: number;
          /** @enum {string} */
          rag: 'red' | 'amber' | 'green';
        }
      | {
          /** @enum {string} */
          kind: 'complaint';
          /**
           * Format: date
           * @description The day it happened, YYYY-MM-DD: not before the provider joined the framework, not after today
           */
          occurredOn: string;
          reference?: string;
          /** @enum {string} */
          category:
            | 'missed-or-late-calls'
            | 'quality-of-care'
            | 'staff-conduct'
            | 'communication'
            | 'medication'
            | 'continuity-of-carers'
            | 'charges'
            | 'other';
          /** @enum {string} */
          outcome: 'enquiry-open' | 'no-further-action' | 'resolved' | 'action-plan' | 'escalated';
          /** @description Upheld (for a safeguarding concern: substantiated) */
          upheld: boolean;
          /**
           * @description The district it arose in, by its ONS code (E07000129 Blaby … E07000135 Oadby and Wigston)
           * @enum {string}
           */
          district:
            'E07000129' | 'E07000130' | 'E07000131' | 'E07000132' | 'E07000133' | 'E07000134' | 'E07000135';
        }
      | {
          /** @enum {string} */
          kind: 'upheld-complaint';
          /**
           * Format: date
           * @description The day it happened, YYYY-MM-DD: not before the provider joined the framework, not after today
           */
          occurredOn: string;
          reference?: string;
        }
      | {
          /** @enum {string} */
          kind: 'safeguarding-concern';
          /**
           * Format: date
           * @description The day it happened, YYYY-MM-DD: not before the provider joined the framework, not after today
           */
          occurredOn: string;
          reference?: string;
          /** @enum {string} */
          category?:
            | 'neglect-or-omission'
            | 'physical'
            | 'psychological'
            | 'financial'
            | 'organisational'
            | 'discriminatory'
            | 'sexual'
            | 'domestic'
            | 'modern-slavery'
            | 'self-neglect';
          /** @enum {string} */
          outcome?: 'enquiry-open' | 'no-further-action' | 'resolved' | 'action-plan' | 'escalated';
          /** @description Upheld (for a safeguarding concern: substantiated) */
          upheld?: boolean;
          /**
           * @description The district it arose in, by its ONS code (E07000129 Blaby … E07000135 Oadby and Wigston)
           * @enum {string}
           */
          district?:
            'E07000129' | 'E07000130' | 'E07000131' | 'E07000132' | 'E07000133' | 'E07000134' | 'E07000135';
        }
      | {
          /** @enum {string} */
          kind: 'cqc-rating';
          /**
           * Format: date
           * @description The day it happened, YYYY-MM-DD: not before the provider joined the framework, not after today
           */
          occurredOn: string;
          reference?: string;
          /** @enum {string} */
          rating: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
        };
    ReviewFlagList: {
      flags: components['schemas']['ReviewFlag'][];
    };
    /** @description A promotion or demotion flag with its evidence */
    ReviewFlag: {
      id: number;
      provider: {
        id: number;
        name: string | null;
      };
      zone: {
        id: string;
        name: string | null;
      };
      /** @enum {string} */
      kind: 'demotion' | 'promotion' | 'cqc-downgrade';
      /** @enum {string} */
      fromRole: 'prime' | 'supplementary';
      /** @enum {string} */
      toRole: 'prime' | 'supplementary';
      reviewMonth: string;
      period: {
        from: string;
        to: string;
      };
      belowMinPrimes: boolean;
      evidence: {
        rule: string;
        months: {
          /** @description YYYY-MM */
          month: string;
          meanScore: number;
          snapshots: number;
          threshold?: number;
          primeMedian?: number;
          supplementaryMedian?: number;
        }[];
        offers?: number;
        minOffers?: number;
        /** @description A flag raised by hand: the evidence its raiser gave */
        statement?: string;
        latestSnapshot?: {
          id: number;
          computedFor: string;
          value: number;
          rag: string;
          components: {
            pickUp: number;
            quality: number;
            response: number;
          };
        } | null;
        coverage?: components['schemas']['PrimeCoverage'];
      } & {
        [key: string]: unknown;
      };
      /** @enum {string} */
      status: 'open' | 'confirmed' | 'dismissed';
      /** @description ISO instant (UTC) */
      raisedAt: string;
      /** @description The user who raised it by hand; null: the daily review */
      raisedBy: number | null;
      raiseComment: string | null;
      decision: {
        /** @description ISO instant (UTC) */
        at: string | null;
        by: number | null;
        /** @enum {string|null} */
        reason:
          | 'performance-confirmed'
          | 'improvement-plan-agreed'
          | 'mitigating-circumstances'
          | 'insufficient-evidence'
          | 'data-error'
          | 'zone-coverage'
          | 'commissioning-decision'
          | 'other'
          | null;
        /** @description Null on decisions recorded before evidence was asked for */
        evidence: string | null;
        comment: string | null;
      } | null;
    };
    PrimeCoverage: {
      minPrimes: number;
      activePrimes: number;
      /** @description Active primes if the provider were demoted */
      primesAfter: number;
      belowMinPrimes: boolean;
    } | null;
    ReviewFlagDetail: {
      id: number;
      provider: {
        id: number;
        name: string | null;
      };
      zone: {
        id: string;
        name: string | null;
      };
      /** @enum {string} */
      kind: 'demotion' | 'promotion' | 'cqc-downgrade';
      /** @enum {string} */
      fromRole: 'prime' | 'supplementary';
      /** @enum {string} */
      toRole: 'prime' | 'supplementary';
      reviewMonth: string;
      period: {
        from: string;
        to: string;
      };
      belowMinPrimes: boolean;
      evidence: {
        rule: string;
        months: {
          /** @description YYYY-MM */
          month: string;
          meanScore: number;
          snapshots: number;
          threshold?: number;
          primeMedian?: number;
          supplementaryMedian?: number;
        }[];
        offers?: number;
        minOffers?: number;
        /** @description A flag raised by hand: the evidence its raiser gave */
        statement?: string;
        latestSnapshot?: {
          id: number;
          computedFor: string;
          value: number;
          rag: string;
          components: {
            pickUp: number;
            quality: number;
            response: number;
          };
        } | null;
        coverage?: components['schemas']['PrimeCoverage'];
      } & {
        [key: string]: unknown;
      };
      /** @enum {string} */
      status: 'open' | 'confirmed' | 'dismissed';
      /** @description ISO instant (UTC) */
      raisedAt: string;
      /** @description The user who raised it by hand; null: the daily review */
      raisedBy: number | null;
      raiseComment: string | null;
      decision: {
        /** @description ISO instant (UTC) */
        at: string | null;
        by: number | null;
        /** @enum {string|null} */
        reason:
          | 'performance-confirmed'
          | 'improvement-plan-agreed'
          | 'mitigating-circumstances'
          | 'insufficient-evidence'
          | 'data-error'
          | 'zone-coverage'
          | 'commissioning-decision'
          | 'other'
          | null;
        /** @description Null on decisions recorded before evidence was asked for */
        evidence: string | null;
        comment: string | null;
      } | null;
      /** @description For a demotion: the zone's prime coverage now */
      coverageNow: {
        minPrimes: number;
        activePrimes: number;
        /** @description Active primes if the provider were demoted */
        primesAfter: number;
        belowMinPrimes: boolean;
      } | null;
    };
    ReviewRun: {
      reviewMonth: string;
      period: {
        from: string;
        to: string;
      };
      candidates: number;
      raised: number;
      flagIds: number[];
    };
    ProviderRiskMonth: {
      month: string;
      /** @description Every provider rated for the month, by name */
      ratings: components['schemas']['ProviderRisk'][];
      /** @description Desktop review or visit: red and amber providers, most severe first */
      reviewList: components['schemas']['ProviderRisk'][];
    };
    ProviderRisk: {
      providerId: number;
      providerName: string;
      month: string;
      /**
       * @description The override’s RAG where there is one, else the computed one
       * @enum {string}
       */
      rag: 'red' | 'amber' | 'green';
      /** @enum {string} */
      computedRag: 'red' | 'amber' | 'green';
      /** @description Why the computed RAG is red or amber, worst first */
      reasons: {
        /** @enum {string} */
        code:
          | 'cqc-inadequate'
          | 'safeguarding-substantiated'
          | 'safeguarding-concerns'
          | 'complaints-rate'
          | 'cqc-requires-improvement';
        /** @enum {string} */
        rag: 'red' | 'amber';
      }[];
      inputs: {
        /** @enum {string|null} */
        cqcOverall: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated' | null;
        complaints: number;
        upheldComplaints: number;
        safeguardingConcerns: number;
        substantiatedConcerns: number;
        packagesHeld: number;
        weeklyMinutesHeld: number;
      };
      computedAt: string;
      override: {
        /** @enum {string} */
        rag: 'red' | 'amber' | 'green';
        /** @enum {string} */
        reason:
          | 'visit-found-no-concerns'
          | 'concerns-resolved'
          | 'action-plan-in-place'
          | 'intelligence-not-yet-recorded'
          | 'other';
        comment: string | null;
        by: number | null;
        at: string;
      } | null;
    };
    ProviderRiskRun: {
      month: string;
      skipped: boolean;
      providers: number;
      counts: {
        red: number;
        amber: number;
        green: number;
      };
    };
    ProviderRiskRunRequest: {
      /** @description The month, YYYY-MM, from the framework’s first (2021-11) to this one; unset: last month */
      month?: string;
    };
    ProviderRiskOverrideRequest: {
      /** @description A calendar month, YYYY-MM */
      month: string;
      /** @enum {string} */
      rag: 'red' | 'amber' | 'green';
      /** @enum {string} */
      reason:
        | 'visit-found-no-concerns'
        | 'concerns-resolved'
        | 'action-plan-in-place'
        | 'intelligence-not-yet-recorded'
        | 'other';
      /** @description Why, in a sentence: about the provider, never a person (no names, no health details) */
      comment?: string;
    };
    ProviderList: {
      providers: components['schemas']['Provider'][];
    };
    Provider: {
      id: number;
      name: string;
      cqcLocationId: string;
      /** @enum {string} */
      cqcOverall: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
      /** @enum {string} */
      cqcSafe: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
      /** @enum {string} */
      cqcWellLed: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
      chcApproved: boolean;
      /** @enum {string} */
      status: 'applicant' | 'mobilising' | 'active' | 'suspended' | 'exited';
      tenderScore: number;
      admittedOn: string;
      /** @enum {string|null} */
      legacyType: 'lead' | 'supplementary' | 'contingency' | 'exception' | null;
      version: number;
      createdAt: string;
      updatedAt: string;
      zones: {
        zoneId: string;
        zoneName: string;
        /** @enum {string} */
        role: 'prime' | 'supplementary';
        since: string;
        capacity: components['schemas']['CapacityDeclaration'];
      }[];
    };
    CapacityDeclaration: {
      declarationId: number;
      weeklyMinutes: number;
      weeklyHours: number;
      declaredAt: string;
      declaredBy: number | null;
      ageDays: number;
      stale: boolean;
    } | null;
    NewProvider: {
      name: string;
      cqcLocationId: string;
      /** @enum {string} */
      cqcOverall: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
      /** @enum {string} */
      cqcSafe: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
      /** @enum {string} */
      cqcWellLed: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
      /** @default false */
      chcApproved: boolean;
      /**
       * @default mobilising
       * @enum {string}
       */
      status: 'applicant' | 'mobilising' | 'active' | 'suspended' | 'exited';
      tenderScore: number;
      /**
       * Format: date
       * @description Defaults to today's date
       */
      admittedOn?: string;
      /**
       * @default null
       * @enum {string|null}
       */
      legacyType: 'lead' | 'supplementary' | 'contingency' | 'exception' | null;
    };
    ProviderChange: {
      provider: components['schemas']['Provider'];
      warnings: components['schemas']['CoverageWarning'][];
    };
    CoverageWarning: {
      zoneId: string;
      zoneName: string;
      /** @enum {string} */
      code: 'below-minimum-primes' | 'below-minimum-providers';
      required: number;
      actual: number;
      message: string;
    };
    ProviderPatch: {
      /** @description The version read; a stale version is refused with 409 */
      version: number;
      reason?: string;
      name?: string;
      cqcLocationId?: string;
      /** @enum {string} */
      cqcOverall?: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
      /** @enum {string} */
      cqcSafe?: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
      /** @enum {string} */
      cqcWellLed?: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
      chcApproved?: boolean;
      /** @enum {string} */
      status?: 'applicant' | 'mobilising' | 'active' | 'suspended' | 'exited';
      tenderScore?: number;
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD, 1900-01-01 to 2200-12-31
       */
      admittedOn?: string;
      /** @enum {string|null} */
      legacyType?: 'lead' | 'supplementary' | 'contingency' | 'exception' | null;
    };
    ZoneRoleResult: {
      providerId: number;
      zoneId: string;
      /**
       * @description null once removed
       * @enum {string|null}
       */
      role: 'prime' | 'supplementary' | null;
      /** @enum {string|null} */
      previousRole: 'prime' | 'supplementary' | null;
      changed: boolean;
      warnings: components['schemas']['CoverageWarning'][];
    };
    ZoneRoleChange: {
      /** @enum {string} */
      role: 'prime' | 'supplementary';
      /** @description Why the role is set: kept in the audit trail */
      reason: string;
    };
    ZoneRoleRemoval: {
      /** @description Why the role is removed: kept in the audit trail */
      reason: string;
    };
    ProviderCapacity: {
      providerId: number;
      staleAfterDays: number;
      zones: components['schemas']['CapacityEntry'][];
      history: {
        declarationId: number;
        weeklyMinutes: number;
        weeklyHours: number;
        declaredAt: string;
        declaredBy: number | null;
        ageDays: number;
        stale: boolean;
        zoneId: string;
      }[];
    };
    CapacityEntry: {
      providerId: number;
      providerName: string;
      /** @enum {string} */
      providerStatus: 'applicant' | 'mobilising' | 'active' | 'suspended' | 'exited';
      zoneId: string;
      zoneName: string;
      /** @enum {string} */
      role: 'prime' | 'supplementary';
      /** @enum {string} */
      state: 'current' | 'stale' | 'missing';
      capacity: components['schemas']['CapacityDeclaration'];
    };
    NewCapacityDeclaration: {
      zoneId: string;
      /** @description New weekly hours the provider can take now; stored as whole minutes */
      weeklyHours: number;
      reason?: string;
    };
    CapacityList: {
      staleAfterDays: number;
      entries: components['schemas']['CapacityEntry'][];
    };
    ProviderNeeds: {
      providerId: number;
      zones: components['schemas']['NeedsEntry'][];
      /** @description Its appointments on the countywide specialist list */
      specialistFor: ('dementia' | 'learning-disability' | 'mental-health' | 'end-of-life')[];
      history: {
        specialisms: ('dementia' | 'learning-disability' | 'mental-health' | 'end-of-life')[];
        languages: string[];
        doubleUpPackages: number;
        carerGenders: ('female' | 'male')[];
        declaredAt: string;
        zoneId: string;
      }[];
    };
    NeedsEntry: {
      providerId: number;
      zoneId: string;
      zoneName: string;
      role: string;
      /** @description null: none made; the provider is then not offered packages with a hard need in the zone */
      declaration: {
        specialisms: ('dementia' | 'learning-disability' | 'mental-health' | 'end-of-life')[];
        languages: string[];
        doubleUpPackages: number;
        carerGenders: ('female' | 'male')[];
        declaredAt: string;
      } | null;
    };
    NewNeedsDeclaration: {
      zoneId: string;
      /** @description Specialist services it can deliver in the zone */
      specialisms: ('dementia' | 'learning-disability' | 'mental-health' | 'end-of-life')[];
      /** @description Languages its carers in the zone speak besides English, ISO 639-1 */
      languages: string[];
      /** @description How many more two-carer packages it can take in the zone now; 0: none */
      doubleUpPackages: number;
      /** @description The carers’ genders it can guarantee on every visit to a package that asks for one */
      carerGenders: ('female' | 'male')[];
    };
    SpecialistList: {
      specialisms: {
        /** @enum {string} */
        specialism: 'dementia' | 'learning-disability' | 'mental-health' | 'end-of-life';
        providers: {
          id: number;
          name: string;
          status: string;
          appointedAt: string;
        }[];
      }[];
    };
    SpecialistChange: {
      /** @enum {string} */
      specialism: 'dementia' | 'learning-disability' | 'mental-health' | 'end-of-life';
      providerId: number;
      appointed: boolean;
      /** @description false when it already was (or was not) appointed */
      changed: boolean;
    };
    SpecialistAppointmentChange: {
      reason?: string;
    };
    CoverageReport: {
      asAt: string;
      zones: components['schemas']['ZoneCoverage'][];
      warnings: components['schemas']['CoverageWarning'][];
    };
    ZoneCoverage: {
      zoneId: string;
      zoneName: string;
      sizeClass: string;
      hasPrimes: boolean;
      minPrimes: number;
      minProviders: number;
      /** @description Active providers holding the prime role that may receive offers (not rated Inadequate) */
      primes: number;
      /** @description Active primes rated Inadequate by the CQC: not counted */
      primesRatedInadequate: number;
      /** @description Why the zone is below its minimum primes, e.g. "2 active primes, 1 rated Inadequate" */
      belowMinimumPrimesReason: string | null;
      supplementaries: number;
      /** @description Active providers holding any role */
      providers: number;
      /** @description Active CHC-approved providers holding any role */
      chcApproved: number;
      /** @description Mobilising or suspended providers holding a role (not counted above) */
      inactiveMembers: number;
      /** @description Sum of active members’ latest declarations that are not stale */
      currentCapacityWeeklyMinutes: number;
      /** @description Active members whose declaration is stale or missing */
      staleOrMissingCapacity: number;
      warnings: components['schemas']['CoverageWarning'][];
    };
    /** @description What a caseload file wrote (or would write), row by row */
    CaseloadImportReport: {
      dryRun: boolean;
      /** @description True when rows were written (never on a dry run) */
      applied: boolean;
      /** @enum {string} */
      mode: 'all-or-nothing' | 'valid-rows';
      rowsRead: number;
      /** @description Rows that passed: imported plus unchanged */
      accepted: number;
      /** @description Rows refused (valid-rows mode only: otherwise the answer is 422) */
      refused: number;
      /** @description New packages in care (on a dry run: that would be) */
      imported: number;
      /** @description Rows whose reference the service already holds: left as they are */
      unchanged: number;
      refusals: components['schemas']['ImportRefusal'][];
      rows: {
        row: number;
        reference: string;
        /** @enum {string} */
        outcome: 'imported' | 'unchanged';
        /** @description The new package (null when unchanged or a dry run) */
        packageId: number | null;
        zoneId: string | null;
        band: string | null;
      }[];
    };
    ImportRefusal: {
      /** @description The row in the file; the header is row 1 */
      row: number;
      column: string;
      reason: string;
    };
    ImportRefused: {
      dryRun: boolean;
      /** @enum {boolean} */
      applied: false;
      rowsRead: number;
      accepted: number;
      refused: number;
      refusals: components['schemas']['ImportRefusal'][];
    };
    /** @description What a baseline file wrote (or would write) */
    BaselineImportReport: {
      dryRun: boolean;
      applied: boolean;
      /** @enum {string} */
      mode: 'all-or-nothing' | 'valid-rows';
      rowsRead: number;
      /** @description Rows that passed: imported plus unchanged */
      accepted: number;
      refused: number;
      imported: number;
      /** @description Rows whose reference is already held: left as they are */
      unchanged: number;
      refusals: components['schemas']['ImportRefusal'][];
    };
    /** @description What a CQC ratings file changed (or would change), row by row */
    CqcImportReport: {
      dryRun: boolean;
      /** @description True when the ratings were written (never on a dry run) */
      applied: boolean;
      rowsRead: number;
      accepted: number;
      refused: number;
      refusals: components['schemas']['ImportRefusal'][];
      /** @description Rows about a service or population group, not the location itself */
      skipped: number;
      outcomes: {
        changed: number;
        republished: number;
        history: number;
        unchanged: number;
        unmatched: number;
      };
      rows: {
        row: number;
        locationId: string;
        cqcProviderId: string | null;
        /** @description Our provider; null when no provider matched */
        providerId: number | null;
        /** @enum {string} */
        keyQuestion: 'overall' | 'safe' | 'effective' | 'caring' | 'responsive' | 'well-led';
        /** @enum {string} */
        rating: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
        publishedOn: string;
        /** @enum {string} */
        outcome: 'changed' | 'republished' | 'history' | 'unchanged' | 'unmatched';
        before: {
          /** @enum {string} */
          rating: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
          publishedOn: string;
        } | null;
        newLocation: boolean;
      }[];
      downgrades: {
        providerId: number;
        downgrades: {
          /** @enum {string} */
          keyQuestion: 'overall' | 'safe' | 'effective' | 'caring' | 'responsive' | 'well-led';
          /** @enum {string|null} */
          from: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated' | null;
          /** @enum {string} */
          to: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
          publishedOn: string;
        }[];
      }[];
    };
    /** @description What an upload of visit records wrote (or would write) */
    VisitImportReport: {
      dryRun: boolean;
      /** @description True when records were written (never on a dry run) */
      applied: boolean;
      providerId: number;
      rowsRead: number;
      accepted: number;
      refused: number;
      refusals: components['schemas']['ImportRefusal'][];
      /** @description Accepted records new to the service */
      created: number;
      /** @description Accepted records that replaced one for the same package and planned start */
      updated: number;
    };
    /** @description Visit KPIs per group (a provider sees only its own) */
    VisitKpiReport: {
      period: {
        from: string;
        to: string;
      };
      asOf: string;
      thresholds: {
        lateMinutes: number;
        shortShare: number;
      };
      groups: {
        provider?: {
          id: number;
          name: string | null;
        };
        zone?: {
          id: string;
          name: string | null;
        };
        band?: string;
        counts: {
          /** @description Visits planned in the period that were delivered or missed */
          due: number;
          delivered: number;
          missed: number;
          /** @description Delivered more than the late threshold after the planned start */
          late: number;
          /** @description Delivered for less than the short share of the planned minutes */
          short: number;
          twoCarerVisits: number;
          /** @description Two-carer visits delivered with fewer carers */
          twoCarerWithFewer: number;
          /** @description Delivered and not late */
          punctual: number;
          /** @description punctual ÷ due, percent to one decimal place */
          punctualPct: number | null;
        };
      }[];
    };
    /** @description A package's planned against actual visits for a period */
    PackageVisits: {
      packageId: number;
      period: {
        from: string;
        to: string;
      };
      thresholds: {
        lateMinutes: number;
        shortShare: number;
      };
      visits: {
        providerId: number;
        plannedStart: string;
        plannedMinutes: number;
        actualStart: string | null;
        actualEnd: string | null;
        carersPlanned: number;
        carersPresent: number;
        /** @enum {string} */
        outcome: 'planned' | 'missed' | 'delivered';
        late: boolean;
        short: boolean;
        carerShort: boolean;
        minutesLate: number | null;
        actualMinutes: number | null;
      }[];
    };
    ProviderExitResult: {
      providerId: number;
      noticeDate: string;
      /** @description The packages handed back by the exit */
      handedBack: number[];
    };
    ProviderExit: {
      /**
       * Format: date
       * @description The last day the provider delivers care, YYYY-MM-DD: from today to a year ahead; every package it holds is handed back with it
       */
      noticeDate: string;
    };
    ProviderTransition: {
      provider: {
        id: number;
        name: string;
      };
      exitNoticeDate: string | null;
      exitRecordedAt: string | null;
      /** @description Waiting first, then re-brokered, started, closed; each by notice date, then urgency */
      packages: {
        packageId: number;
        reference: string | null;
        zoneId: string;
        band: string;
        urgency: string;
        weeklyHours: number;
        noticeDate: string;
        /** @enum {string} */
        state: 'waiting' | 're-brokered' | 'started' | 'closed';
        nextProvider: {
          id: number;
          name: string;
        } | null;
        agreedStart: string | null;
        careStartedOn: string | null;
      }[];
    };
    AdmissionRoundList: {
      rounds: components['schemas']['AdmissionRound'][];
    };
    AdmissionRound: {
      id: number;
      /** @enum {string} */
      kind: 'invitation' | 'standing';
      title: string;
      zoneIds: string[];
      roles: ('prime' | 'supplementary')[];
      chcApproval: boolean;
      closesOn: string | null;
      qualityThreshold: number;
      open: boolean;
      /** @description ISO instant */
      openedAt: string;
      openedBy: number | null;
    };
    NewAdmissionRound: {
      /** @enum {string} */
      kind: 'invitation' | 'standing';
      title: string;
      /** @default [] */
      zoneIds: string[];
      /** @default [] */
      roles: ('prime' | 'supplementary')[];
      /** @default false */
      chcApproval: boolean;
      /**
       * Format: date
       * @description Last day applications are taken: required for an invitation, none for a standing round
       * @default null
       */
      closesOn: string | null;
      /** @description The score (0–100) an application must reach to be accepted */
      qualityThreshold: number;
    };
    Applicant: {
      providerId: number;
      name: string;
      /** @enum {string} */
      status: 'applicant' | 'mobilising' | 'active' | 'suspended' | 'exited';
      userId: number;
      /** @description ISO instant */
      linkExpiresAt: string;
    };
    NewApplicant: {
      /** @description The organisation's name */
      name: string;
      cqcLocationId: string;
      /**
       * @default not-yet-rated
       * @enum {string}
       */
      cqcOverall: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
      /**
       * @default not-yet-rated
       * @enum {string}
       */
      cqcSafe: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
      /**
       * @default not-yet-rated
       * @enum {string}
       */
      cqcWellLed: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
      /** @description Name of the organisation's first user */
      userName: string;
      /**
       * Format: email
       * @description Where the invitation to choose a password goes
       */
      email: string;
    };
    AdmissionApplicationList: {
      applications: components['schemas']['AdmissionApplication'][];
    };
    AdmissionApplication: {
      id: number;
      roundId: number;
      roundTitle: string;
      providerId: number;
      providerName: string;
      zoneId: string | null;
      zoneName: string | null;
      /** @enum {string} */
      role: 'prime' | 'supplementary' | 'chc-approval';
      statement: string;
      /** @enum {string} */
      status: 'submitted' | 'accepted' | 'rejected' | 'active';
      /** @description ISO instant */
      submittedAt: string;
      score: number | null;
      decisionComment: string | null;
      /** @description ISO instant */
      decidedAt: string | null;
      decidedBy: number | null;
      /** @description ISO instant */
      activatedAt: string | null;
    };
    NewApplication: {
      roundId: number;
      /** @enum {string} */
      role: 'prime' | 'supplementary' | 'chc-approval';
      /**
       * @description The zone applied for; null for CHC approval
       * @default null
       */
      zoneId: string | null;
      /** @description What the organisation offers in the zone: capacity, workforce, experience (no personal data) */
      statement: string;
    };
    AdmissionDecision: {
      /** @enum {string} */
      decision: 'accept' | 'reject';
      /** @description The commissioners' score of the application, 0–100 */
      score: number;
      comment: string;
    };
    CheckItemList: {
      items: components['schemas']['CheckItem'][];
    };
    CheckItem: {
      key: string;
      /** @enum {string} */
      group: 'gdpr' | 'quality' | 'references' | 'insurance' | 'capacity' | 'workforce' | 'readiness';
      label: string;
      required: boolean;
    };
    NewCheckItem: {
      key: string;
      /** @enum {string} */
      group: 'gdpr' | 'quality' | 'references' | 'insurance' | 'capacity' | 'workforce' | 'readiness';
      label: string;
      /** @default true */
      required: boolean;
    };
    Readiness: {
      providerId: number;
      providerName: string;
      /** @enum {string} */
      providerStatus: 'applicant' | 'mobilising' | 'active' | 'suspended' | 'exited';
      items: {
        key: string;
        /** @enum {string} */
        group: 'gdpr' | 'quality' | 'references' | 'insurance' | 'capacity' | 'workforce' | 'readiness';
        label: string;
        required: boolean;
        latest: {
          /** @enum {string} */
          outcome: 'pass' | 'fail';
          evidence: string;
          checkedBy: number | null;
          /** @description ISO instant */
          checkedAt: string;
        } | null;
      }[];
      /** @description Required items not yet passed */
      outstanding: string[];
      /** @description Accepted applications waiting to go live */
      mobilising: components['schemas']['AdmissionApplication'][];
      /** @description Mobilising roles, and every required item passed */
      ready: boolean;
    };
    CheckRecord: {
      /** @enum {string} */
      outcome: 'pass' | 'fail';
      /** @description A reference to the evidence (document, meeting), never personal data */
      evidence: string;
    };
    RateCardList: {
      rateCards: components['schemas']['RateCard'][];
    };
    RateCard: {
      id: number;
      appliesFrom: string;
      /** @description The day before the next card applies; null for the latest card */
      appliesUntil: string | null;
      label: string;
      /** @enum {string} */
      status: 'superseded' | 'in-force' | 'future';
      ratesPence: {
        urban: number;
        fringe: number;
        rural: number;
        isolated: number;
      };
      createdAt: string;
      createdBy: number | null;
    };
    NewRateCard: {
      /**
       * Format: date
       * @description A future date (annual uplift); cards in force are never changed
       */
      appliesFrom: string;
      label: string;
      /** @description Hourly rate per band, in pence */
      ratesPence: {
        urban: number;
        fringe: number;
        rural: number;
        isolated: number;
      };
    };
    RateCardPatch: {
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD, 1900-01-01 to 2200-12-31
       */
      appliesFrom?: string;
      label?: string;
      ratesPence?: {
        urban?: number;
        fringe?: number;
        rural?: number;
        isolated?: number;
      };
    };
    PackageRates: {
      packageId: number;
      band: string;
      /** @description The rate quoted at intake (history; not what is paid) */
      intakeHourlyRatePence: number;
      today: {
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD, 1900-01-01 to 2200-12-31
         */
        date: string;
        hourlyRatePence: number | null;
        /** @enum {string|null} */
        source: 'card' | 'negotiated' | null;
      };
      negotiated: {
        id: number;
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD, 1900-01-01 to 2200-12-31
         */
        appliesFrom: string;
        hourlyRatePence: number | null;
        reason: string;
        createdAt: string;
        createdBy: number | null;
      }[];
    };
    NegotiatedRateInput: {
      /**
       * Format: date
       * @description First day the rate is paid: from the package’s intake day to a year from today (may be in the past)
       */
      appliesFrom: string;
      /** @description Pence an hour; null: from appliesFrom the package follows the rate card again */
      hourlyRatePence: number | null;
      /** @description Why this rate was agreed (kept on the audit trail) */
      reason: string;
    };
    PriceQuote: {
      /** @description null when a band was given instead of a location */
      zoneId: string | null;
      zoneName: string | null;
      /** @enum {string} */
      band: 'urban' | 'fringe' | 'rural' | 'isolated';
      /** @description How the band was set: the area's source (geo/README.md), or 'given' */
      bandSource: string;
      area: {
        areaId: string;
        lsoa: string;
        lad: string;
        ladName: string;
      } | null;
      weeklyHours: number;
      weeklyMinutes: number;
      date: string;
      rateCard: {
        id: number;
        appliesFrom: string;
        label: string | null;
      };
      hourlyRatePence: number;
      weeklyCostPence: number;
      /** @description weekly × 52, as the council's papers do */
      annualCostPence: number;
      range: {
        from: string;
        to: string;
        days: number;
        /** @description Exactly the sum of the segments */
        totalPence: number;
        segments: {
          from: string;
          to: string;
          days: number;
          rateCardId: number;
          rateCardAppliesFrom: string;
          hourlyRatePence: number;
          costPence: number;
        }[];
      } | null;
    };
    CostModel: {
      date: string;
      /** @enum {string} */
      hoursSource: 'july-2019-maintenance' | 'given';
      rateCardId: number;
      rateCardAppliesFrom: string;
      rateCardLabel: string | null;
      totalWeeklyHours: number;
      averageHourlyRatePence: number | null;
      weeklyCostPence: number;
      annualCostPence: number;
      bands: {
        /** @enum {string} */
        band: 'urban' | 'fringe' | 'rural' | 'isolated';
        weeklyHours: number;
        weeklyMinutes: number;
        shareBasisPoints: number;
        sharePercent: number;
        hourlyRatePence: number;
        weeklyCostPence: number;
      }[];
    };
    Erasure: {
      id: number;
      erasedAt: string;
      /** @description Packages anonymised: their rows remain for statistics */
      packageIds: number[];
      /** @description Quality evidence records that lost the reference */
      evidenceRecords: number;
    };
    ZoneCoverageReport: {
      period: {
        from: string;
        to: string;
      };
      asOf: string;
      frameworkAsAt: string;
      /** @description The countywide specialist list by specialism, open to every zone (HC20 ¶30) */
      specialists: {
        /** @enum {string} */
        specialism: 'dementia' | 'learning-disability' | 'mental-health' | 'end-of-life';
        providers: {
          id: number;
          name: string;
          status: string;
          appointedAt: string;
        }[];
      }[];
      pickUpTargetDays: components['schemas']['PickUpTargetDays'];
      rateCardInForce: {
        id: number;
        appliesFrom: string;
        label: string;
      } | null;
      baselines: {
        plannedWeeklyHoursJuly2019: number;
        maintenanceWeeklyHoursJuly2019: number;
        bandSharePctJuly2019: {
          urban: number;
          fringe: number;
          rural: number;
          isolated: number;
        };
      };
      ragThresholds: {
        supplyPct: {
          green: number;
          amber: number;
        };
        pickUpWithinTargetPct: {
          green: number;
          amber: number;
        };
        primeSharePct: {
          green: number;
          amber: number;
        };
        longestWaitHours: {
          green: number;
          amber: number;
        };
        handBacksPer100Awards: {
          green: number;
          amber: number;
        };
        coverageAmberMargin: number;
      };
      /**
       * @description The stream the report is limited to, or null
       * @enum {string|null}
       */
      fundingStream: 'council' | 'chc' | 'd2a' | 'joint' | null;
      dischargePlacement: components['schemas']['DischargePlacement'];
      /** @description What care in the period cost by the payments calculation: equals GET /exports/payments’ total for the same period and stream, to the penny */
      periodCost: {
        from: string;
        to: string;
        amountPence: number;
        hours: number;
        /** @description CHC is its own line (story H1) */
        byFundingStream: {
          council?: {
            rows: number;
            /** @description Sum of the rows’ hours */
            hours: number;
            /** @description Sum of the rows’ amounts */
            amountPence: number;
          };
          chc?: {
            rows: number;
            /** @description Sum of the rows’ hours */
            hours: number;
            /** @description Sum of the rows’ amounts */
            amountPence: number;
          };
          d2a?: {
            rows: number;
            /** @description Sum of the rows’ hours */
            hours: number;
            /** @description Sum of the rows’ amounts */
            amountPence: number;
          };
          joint?: {
            rows: number;
            /** @description Sum of the rows’ hours */
            hours: number;
            /** @description Sum of the rows’ amounts */
            amountPence: number;
          };
        };
      };
      budget: components['schemas']['BudgetPosition'];
      zones: components['schemas']['AreaReport'][];
      county: components['schemas']['AreaReport'];
    };
    DischargePlacement: {
      byZoneAndBand: {
        zoneId: string | null;
        band: string | null;
        placements: number;
        medianHours: number | null;
        p90Hours: number | null;
      }[];
      byZone: {
        zoneId: string | null;
        band: string | null;
        placements: number;
        medianHours: number | null;
        p90Hours: number | null;
      }[];
      byBand: {
        zoneId: string | null;
        band: string | null;
        placements: number;
        medianHours: number | null;
        p90Hours: number | null;
      }[];
      county: {
        zoneId: string | null;
        band: string | null;
        placements: number;
        medianHours: number | null;
        p90Hours: number | null;
      };
    };
    BudgetPosition: {
      financialYear: number;
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD, 1900-01-01 to 2200-12-31
       */
      from: string;
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD, 1900-01-01 to 2200-12-31
       */
      to: string;
      /**
       * Format: date
       * @description The last day counted as spent
       */
      day: string;
      /** @description How the committed cost is projected */
      method: string;
      streams: {
        /** @enum {string} */
        fundingStream: 'council' | 'chc' | 'd2a' | 'joint';
        budgetVersion: number | null;
        budgetPence: number | null;
        spentPence: number;
        projectedPence: number;
        /** @description spent + projected */
        committedPence: number;
        /** @description budget − committed; negative: an overspend is committed */
        headroomPence: number | null;
      }[];
      total: {
        budgetPence: number | null;
        spentPence: number;
        projectedPence: number;
        /** @description spent + projected */
        committedPence: number;
        /** @description budget − committed; negative: an overspend is committed */
        headroomPence: number | null;
      };
    };
    /** @description One zone's (or the county's) figures */
    AreaReport: {
      area: {
        /** @enum {string} */
        type: 'zone' | 'county';
        id: string;
        name: string;
        sizeClass: string | null;
      };
      framework: {
        primes: {
          count: number;
          minimum: number | null;
          zonesBelowMinimum: number;
          names: string[];
          /** @description Active primes rated Inadequate by the CQC: offered nothing, not counted */
          ratedInadequate: number;
          /** @description Why the zone is below its minimum primes, e.g. "2 active primes, 1 rated Inadequate" */
          belowMinimumReason: string | null;
        };
        supplementaries: {
          count: number;
          names: string[];
        };
        providers: {
          count: number;
          minimum: number | null;
          zonesBelowMinimum: number;
        };
        chcApproved: number;
        /** @description Members that are mobilising or suspended */
        notTakingWork: number;
        capacity: {
          declaredWeeklyHours: number;
          staleOrMissing: number;
        };
      };
      demand: {
        plannedWeeklyHoursJuly2019: number;
        placedWeeklyHours: number;
        /** @description Percent; null when there is nothing to divide by */
        placedPctOfPlanned: number | null;
        placedPackages: number;
        inCarePackages: number;
        chc: {
          packages: number;
          weeklyHours: number;
        };
        byBand: {
          urban: {
            weeklyHours: number;
            /** @description Percent; null when there is nothing to divide by */
            sharePct: number | null;
            july2019SharePct: number;
          };
          fringe: {
            weeklyHours: number;
            /** @description Percent; null when there is nothing to divide by */
            sharePct: number | null;
            july2019SharePct: number;
          };
          rural: {
            weeklyHours: number;
            /** @description Percent; null when there is nothing to divide by */
            sharePct: number | null;
            july2019SharePct: number;
          };
          isolated: {
            weeklyHours: number;
            /** @description Percent; null when there is nothing to divide by */
            sharePct: number | null;
            july2019SharePct: number;
          };
        };
      };
      unmetNeed: {
        packages: number;
        weeklyHours: number;
        unplaced: number;
        hospitalDischarge: number;
        longestWaitHours: number | null;
        medianWaitHours: number | null;
      };
      pickUp: {
        all: {
          awards: number;
          medianHours: number | null;
          p90Hours: number | null;
          withinTarget: number;
          /** @description Percent; null when there is nothing to divide by */
          withinTargetPct: number | null;
        };
        byUrgency: {
          [key: string]: {
            awards: number;
            medianHours: number | null;
            p90Hours: number | null;
            withinTarget: number;
            /** @description Percent; null when there is nothing to divide by */
            withinTargetPct: number | null;
          };
        };
        rounds: {
          [key: string]: {
            awards: number;
            /** @description Percent; null when there is nothing to divide by */
            pct: number | null;
          };
        };
      };
      handBacks: {
        count: number;
        weeklyHours: number;
        per100Awards: number | null;
        byReason: {
          [key: string]: {
            count: number;
            weeklyHours: number;
          };
        };
        /** @description Hand-backs by the package's price band */
        byBand: {
          [key: string]: {
            count: number;
            weeklyHours: number;
          };
        };
      };
      /** @description Packages taken in during the period whose band an officer overrode (docs/specification/zones-and-bands.md §2.9) */
      bandOverrides: {
        packages: number;
      };
      cost: {
        /** @description Placed hours at the rate each package is paid on the report’s day: its negotiated rate, else the card in force for its band */
        atRatesInForce: {
          weeklyPence: number;
          annualPence: number;
          averageHourlyRatePence: number | null;
          byBand: {
            urban: {
              weeklyHours: number;
              weeklyPence: number;
              averageHourlyRatePence: number | null;
            };
            fringe: {
              weeklyHours: number;
              weeklyPence: number;
              averageHourlyRatePence: number | null;
            };
            rural: {
              weeklyHours: number;
              weeklyPence: number;
              averageHourlyRatePence: number | null;
            };
            isolated: {
              weeklyHours: number;
              weeklyPence: number;
              averageHourlyRatePence: number | null;
            };
          };
        };
      };
      rag: {
        /** @enum {string|null} */
        overall: 'red' | 'amber' | 'green' | null;
        coverage: {
          value: number | null;
          /** @enum {string|null} */
          rag: 'red' | 'amber' | 'green' | null;
          /** @description The target it was judged against, with who set it and why (coverage: judged against the minimums) */
          target?: {
            target: number;
            tolerance: number;
            green: number;
            amber: number;
            /** @enum {string} */
            source: 'default' | 'council' | 'zone-override';
            effectiveFrom: string | null;
            setBy: {
              id: number;
              name: string;
            } | null;
            comment: string | null;
          };
        };
        supply: {
          value: number | null;
          /** @enum {string|null} */
          rag: 'red' | 'amber' | 'green' | null;
          /** @description The target it was judged against, with who set it and why (coverage: judged against the minimums) */
          target?: {
            target: number;
            tolerance: number;
            green: number;
            amber: number;
            /** @enum {string} */
            source: 'default' | 'council' | 'zone-override';
            effectiveFrom: string | null;
            setBy: {
              id: number;
              name: string;
            } | null;
            comment: string | null;
          };
        };
        pickUp: {
          value: number | null;
          /** @enum {string|null} */
          rag: 'red' | 'amber' | 'green' | null;
          /** @description The target it was judged against, with who set it and why (coverage: judged against the minimums) */
          target?: {
            target: number;
            tolerance: number;
            green: number;
            amber: number;
            /** @enum {string} */
            source: 'default' | 'council' | 'zone-override';
            effectiveFrom: string | null;
            setBy: {
              id: number;
              name: string;
            } | null;
            comment: string | null;
          };
        };
        primeShare: {
          value: number | null;
          /** @enum {string|null} */
          rag: 'red' | 'amber' | 'green' | null;
          /** @description The target it was judged against, with who set it and why (coverage: judged against the minimums) */
          target?: {
            target: number;
            tolerance: number;
            green: number;
            amber: number;
            /** @enum {string} */
            source: 'default' | 'council' | 'zone-override';
            effectiveFrom: string | null;
            setBy: {
              id: number;
              name: string;
            } | null;
            comment: string | null;
          };
        };
        longestWait: {
          value: number | null;
          /** @enum {string|null} */
          rag: 'red' | 'amber' | 'green' | null;
          /** @description The target it was judged against, with who set it and why (coverage: judged against the minimums) */
          target?: {
            target: number;
            tolerance: number;
            green: number;
            amber: number;
            /** @enum {string} */
            source: 'default' | 'council' | 'zone-override';
            effectiveFrom: string | null;
            setBy: {
              id: number;
              name: string;
            } | null;
            comment: string | null;
          };
        };
        handBacks: {
          value: number | null;
          /** @enum {string|null} */
          rag: 'red' | 'amber' | 'green' | null;
          /** @description The target it was judged against, with who set it and why (coverage: judged against the minimums) */
          target?: {
            target: number;
            tolerance: number;
            green: number;
            amber: number;
            /** @enum {string} */
            source: 'default' | 'council' | 'zone-override';
            effectiveFrom: string | null;
            setBy: {
              id: number;
              name: string;
            } | null;
            comment: string | null;
          };
        };
      };
    };
    /** @description RFC 4180 CSV with a header row, UTF-8 with a byte-order mark */
    Csv: string;
    /** @description RFC 7946 FeatureCollection; what has no outline (the county row) travels as foreign members */
    ReportFeatureCollection: {
      /** @enum {string} */
      type: 'FeatureCollection';
      period: {
        from: string;
        to: string;
      };
      asOf: string;
      features: {
        /** @enum {string} */
        type: 'Feature';
        id: string;
        geometry:
          | ({
              type: string;
            } & {
              [key: string]: unknown;
            })
          | null;
        properties: {
          [key: string]: string | number | boolean | null;
        };
      }[];
    } & {
      [key: string]: unknown;
    };
    ProviderReport: {
      period: {
        from: string;
        to: string;
      };
      asOf: string;
      pickUpTargetDays: components['schemas']['PickUpTargetDays'];
      providers: {
        provider: {
          id: number;
          name: string;
        };
        allZones: components['schemas']['KpiSet'];
        zones: {
          zone: {
            id: string;
            name: string;
          };
          /** @description Its role in the zone now; null when it has none */
          role: string | null;
          kpis: components['schemas']['KpiSet'];
        }[];
      }[];
      /** @description Stored records the figures had to leave out, one line each (e.g. a start date in year 0023 that cannot be placed in time); empty when none */
      notes: string[];
    };
    Payments: {
      period: {
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD, 1900-01-01 to 2200-12-31
         */
        from: string;
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD, 1900-01-01 to 2200-12-31
         */
        to: string;
      };
      generatedAt: string;
      /** @enum {string|null} */
      fundingStream: 'council' | 'chc' | 'd2a' | 'joint' | null;
      rows: {
        providerId: number;
        providerName: string;
        packageId: number;
        packageReference: string | null;
        /** @enum {string} */
        fundingStream: 'council' | 'chc' | 'd2a' | 'joint';
        /** @enum {string} */
        band: 'urban' | 'fringe' | 'rural' | 'isolated';
        weeklyMinutes: number;
        /**
         * Format: date
         * @description First day of care in the period
         */
        firstDay: string;
        /**
         * Format: date
         * @description Last day of care in the period
         */
        lastDay: string;
        /** @description Days of care in the period */
        days: number;
        /** @description weekly minutes × days ÷ 7 ÷ 60, to two decimals */
        hours: number;
        /** @description One entry per rate paid in the period (a package crossing an uplift has two) */
        rates: {
          hourlyRatePence: number;
          /** @enum {string} */
          source: 'card' | 'negotiated';
          days: number;
          /** @description round(rate × weekly minutes × days ÷ 420), half up */
          amountPence: number;
        }[];
        /** @description Sum of the rates’ amounts */
        amountPence: number;
      }[];
      totals: {
        all: {
          rows: number;
          /** @description Sum of the rows’ hours */
          hours: number;
          /** @description Sum of the rows’ amounts */
          amountPence: number;
        };
        /** @description CHC is its own line (story H1) */
        byFundingStream: {
          council?: {
            rows: number;
            /** @description Sum of the rows’ hours */
            hours: number;
            /** @description Sum of the rows’ amounts */
            amountPence: number;
          };
          chc?: {
            rows: number;
            /** @description Sum of the rows’ hours */
            hours: number;
            /** @description Sum of the rows’ amounts */
            amountPence: number;
          };
          d2a?: {
            rows: number;
            /** @description Sum of the rows’ hours */
            hours: number;
            /** @description Sum of the rows’ amounts */
            amountPence: number;
          };
          joint?: {
            rows: number;
            /** @description Sum of the rows’ hours */
            hours: number;
            /** @description Sum of the rows’ amounts */
            amountPence: number;
          };
        };
      };
    };
    PaymentsCsv: string;
    Budget: {
      /** @enum {string} */
      fundingStream: 'council' | 'chc' | 'd2a' | 'joint';
      financialYear: number;
      amountPence: number;
      version: number;
      updatedAt: string;
      updatedBy: number | null;
    };
    SetBudget: {
      /** @description The annual budget in whole pence */
      amountPence: number;
      /** @description The version you read; leave out (or 0) to create the year’s budget for the stream */
      version?: number;
    };
    /** @description Pick-up times before and after a day, by band and zone, with counts */
    BeforeAfter: {
      date: string;
      all: components['schemas']['BeforeAfterPair'];
      byBand: {
        [key: string]: components['schemas']['BeforeAfterPair'];
      };
      /** @description By zone id */
      byZone: {
        [key: string]: components['schemas']['BeforeAfterPair'];
      };
    };
    BeforeAfterPair: {
      before: components['schemas']['WaitFigures'];
      after: components['schemas']['WaitFigures'];
    };
    WaitFigures: {
      referrals: number;
      placed: number;
      /** @description Never placed (baseline) or not yet awarded (the service) */
      unplaced: number;
      /** @description Median days from request to placement, of those placed */
      medianDays: number | null;
      /** @description 90th percentile of the same */
      p90Days: number | null;
      fromBaseline: number;
      fromService: number;
    };
    RagTargets: {
      on: string;
      metrics: {
        /** @enum {string} */
        metric: 'supply' | 'pickUp' | 'primeShare' | 'longestWait' | 'handBacks';
        higherIsBetter: boolean;
        unit: string;
        council: components['schemas']['RagTargetInForce'];
        overrides: {
          target: number;
          tolerance: number;
          green: number;
          amber: number;
          /** @enum {string} */
          source: 'default' | 'council' | 'zone-override';
          effectiveFrom: string | null;
          setBy: {
            id: number;
            name: string;
          } | null;
          comment: string | null;
          zoneId: string;
          zoneName: string;
        }[];
      }[];
      history: components['schemas']['RagTarget'][];
    };
    RagTargetInForce: {
      target: number;
      tolerance: number;
      green: number;
      amber: number;
      /** @enum {string} */
      source: 'default' | 'council' | 'zone-override';
      effectiveFrom: string | null;
      setBy: {
        id: number;
        name: string;
      } | null;
      comment: string | null;
    };
    RagTarget: {
      id: number;
      /** @enum {string} */
      metric: 'supply' | 'pickUp' | 'primeShare' | 'longestWait' | 'handBacks';
      zoneId: string | null;
      target: number | null;
      tolerance: number | null;
      effectiveFrom: string;
      comment: string | null;
      setBy: {
        id: number;
        name: string;
      } | null;
      /** @description ISO instant */
      setAt: string;
    };
    Location: {
      location: {
        lat: number;
        lon: number;
      };
      postcode: string | null;
      zone: {
        id: string;
        name: string;
        hasPrimes: boolean;
      };
      band: {
        band: string;
        source: string;
      };
      hourlyRatePence: number | null;
      rateCardAppliesFrom: string | null;
      areaId: string;
      lsoa: string;
      district: {
        code: string;
        name: string;
      };
      layer: {
        id: number | null;
        appliesFrom: string | null;
      };
    };
    /** @description The built layer (id null) and every upload, newest first */
    AreaLayerVersions: {
      inForce: {
        id: number | null;
        appliesFrom: string | null;
      };
      built: {
        id: null;
        label: string;
        areas: number;
      };
      uploads: {
        id: number;
        appliesFrom: string;
        label: string;
        /** @description How many areas */
        areas: number;
        /** @description How many zones */
        zones: number;
        createdAt: string;
        createdBy: number | null;
      }[];
    };
    StoredAreaLayer: {
      id: number;
      appliesFrom: string;
      label: string;
      /** @description How many areas */
      areas: number;
      /** @description How many zones */
      zones: number;
    };
    /** @description A replacement area layer: every area with one zone and one band */
    NewAreaLayer: {
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD, 1900-01-01 to 2200-12-31
       */
      appliesFrom: string;
      label: string;
      areas: {
        /** @enum {string} */
        type: 'FeatureCollection';
        features: unknown[];
      } & {
        [key: string]: unknown;
      };
    };
    /** @description The zones of the layer in force, as GeoJSON */
    ZoneCollection: {
      /** @enum {string} */
      type: 'FeatureCollection';
      features: components['schemas']['Zone'][];
    };
    /** @description A zone as a GeoJSON Feature */
    Zone: {
      /** @enum {string} */
      type: 'Feature';
      properties: {
        id: string;
        name: string;
        aliases: string[];
        sizeClass: string;
        mainSettlements: string[];
        /** @description The council’s July 2019 plan for the zone */
        plannedWeeklyHours: number;
        hasPrimes: boolean;
        minPrimes: number;
        minProviders: number;
        /** @description Districts the zone overlaps */
        districts: string[];
      };
      geometry:
        | {
            /** @enum {string} */
            type: 'Polygon';
            coordinates: number[][][];
          }
        | {
            /** @enum {string} */
            type: 'MultiPolygon';
            coordinates: number[][][][];
          };
    };
    AreaCollection: {
      /** @enum {string} */
      type: 'FeatureCollection';
      features: components['schemas']['Area'][];
    };
    /** @description An Output Area with its zone and price band, as a GeoJSON Feature */
    Area: {
      /** @enum {string} */
      type: 'Feature';
      properties: {
        /** @description Output Area code (OA11CD) */
        areaId: string;
        zoneId: string;
        /** @enum {string} */
        band: 'urban' | 'fringe' | 'rural' | 'isolated';
        /** @enum {string} */
        bandSource: 'ruc2011-lsoa' | 'ruc2011-oa' | 'density-proxy' | 'override';
        lsoa: string;
        /** @description District code */
        lad: string;
        ladName: string;
        /** @description RUC2011 class of the LSOA */
        ruc11Lsoa: string;
        /** @description The Output Area's own RUC2011 class, when known */
        ruc11Oa?: string;
      };
      geometry:
        | {
            /** @enum {string} */
            type: 'Polygon';
            coordinates: number[][][];
          }
        | {
            /** @enum {string} */
            type: 'MultiPolygon';
            coordinates: number[][][][];
          };
    };
    Contact: {
      id: number;
      email: string;
      createdAt: string;
    };
    NewContact: {
      /** Format: email */
      email: string;
    };
    NotificationPreferences: {
      preferences: components['schemas']['NotificationPreference'][];
      /** @description Messages that are always sent at once, whatever the choice */
      alwaysImmediate: string[];
    };
    NotificationPreference: {
      /** @enum {string} */
      kind:
        | 'offer.created'
        | 'offer.closing'
        | 'offer.won'
        | 'offer.lost'
        | 'offer.withdrawn'
        | 'package.handback.accepted'
        | 'capacity.stale'
        | 'package.unplaced'
        | 'package.escalated'
        | 'care.not-started'
        | 'package.review-due'
        | 'package.hand-back.short-notice'
        | 'zone.below-minimum-primes'
        | 'provider.changed'
        | 'provider.cqc-downgraded'
        | 'review.flag-raised'
        | 'provider-risk.red'
        | 'coverage.weekly'
        | 'webhook.disabled'
        | 'admission.round-opened'
        | 'admission.application-received'
        | 'admission.decision'
        | 'account.invitation'
        | 'account.password-reset';
      description: string;
      /** @enum {string} */
      delivery: 'immediate' | 'digest' | 'off';
      /** @enum {string} */
      defaultDelivery: 'immediate' | 'digest' | 'off';
    };
    SetNotificationPreferences: {
      /** @default {} */
      preferences: {
        /** @enum {string} */
        'offer.created'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'offer.closing'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'offer.won'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'offer.lost'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'offer.withdrawn'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'package.handback.accepted'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'capacity.stale'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'package.unplaced'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'package.escalated'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'care.not-started'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'package.review-due'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'package.hand-back.short-notice'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'zone.below-minimum-primes'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'provider.changed'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'provider.cqc-downgraded'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'review.flag-raised'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'provider-risk.red'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'coverage.weekly'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'webhook.disabled'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'admission.round-opened'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'admission.application-received'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'admission.decision'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'account.invitation'?: 'immediate' | 'digest' | 'off';
        /** @enum {string} */
        'account.password-reset'?: 'immediate' | 'digest' | 'off';
      };
    };
    OutboxMessage: {
      id: number;
      /** @enum {string} */
      channel: 'email' | 'webhook';
      recipient: string;
      kind: string;
      /** @enum {string} */
      status: 'held' | 'pending' | 'sending' | 'sent' | 'dead' | 'digested';
      attempts: number;
      createdAt: string;
      sentAt: string | null;
      nextAttemptAt: string | null;
      lastError: string | null;
    };
    OutboxMessageDetail: {
      id: number;
      /** @enum {string} */
      channel: 'email' | 'webhook';
      recipient: string;
      kind: string;
      /** @enum {string} */
      status: 'held' | 'pending' | 'sending' | 'sent' | 'dead' | 'digested';
      attempts: number;
      createdAt: string;
      sentAt: string | null;
      nextAttemptAt: string | null;
      lastError: string | null;
      idempotencyKey: string;
      digestId: number | null;
      subject: string | null;
      text: string;
      attemptLog: {
        at: string;
        outcome: string;
        responseStatus: number | null;
        latencyMs: number;
        error: string | null;
      }[];
    };
    RegisteredWebhook: {
      id: number;
      url: string;
      events: (
        | 'offer.created'
        | 'offer.withdrawn'
        | 'offer.won'
        | 'offer.lost'
        | 'package.awarded'
        | 'package.handback.accepted'
        | 'capacity.stale'
      )[];
      /** @enum {string} */
      status: 'active' | 'disabled';
      failingSince: string | null;
      disabledAt: string | null;
      createdAt: string;
      /** @description The signing secret (whsec_…), shown only in this answer */
      secret: string;
    };
    NewWebhook: {
      url: string;
      events: (
        | 'offer.created'
        | 'offer.withdrawn'
        | 'offer.won'
        | 'offer.lost'
        | 'package.awarded'
        | 'package.handback.accepted'
        | 'capacity.stale'
      )[];
    };
    Webhook: {
      id: number;
      url: string;
      events: (
        | 'offer.created'
        | 'offer.withdrawn'
        | 'offer.won'
        | 'offer.lost'
        | 'package.awarded'
        | 'package.handback.accepted'
        | 'capacity.stale'
      )[];
      /** @enum {string} */
      status: 'active' | 'disabled';
      failingSince: string | null;
      disabledAt: string | null;
      createdAt: string;
    };
    WebhookDelivery: {
      id: number;
      event: string;
      /** @description The webhook-id header: the same on every attempt and on a replay */
      webhookId: string;
      /** @enum {string} */
      status: 'pending' | 'sending' | 'sent' | 'dead';
      attempts: number;
      createdAt: string;
      sentAt: string | null;
      nextAttemptAt: string | null;
      lastError: string | null;
      lastAttempt: {
        at: string;
        /** @enum {string} */
        outcome: 'sent' | 'failed';
        responseStatus: number | null;
        latencyMs: number;
      } | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Healthy */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description Database unreachable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The current user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in user no longer exists */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Users */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            users: components['schemas']['Account'][];
          };
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewUser'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuedToken'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider, or another user has the email address */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  issueUserToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Issued */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiToken'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeUserTokens: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description How many live tokens were revoked */
            revoked: number;
          };
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused: the user is the last administrator with a live token (the API's last admin access) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  inviteUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Invitation'];
      };
    };
    responses: {
      /** @description Invited */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Invited'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider, the email is taken, or the role signs in with the council account */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AccountChange'];
      };
    };
    responses: {
      /** @description The user after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin, provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused: the last active administrator, or deactivating yourself */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A role changes only between staff roles */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  endUserSessions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ended */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            ended: number;
          };
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProviderUsers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Users */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            users: components['schemas']['Account'][];
          };
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin, provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  inviteProviderUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProviderInvitation'];
      };
    };
    responses: {
      /** @description Invited */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Invited'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin, provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider, the email is taken, or providers do not sign in with passwords */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAuditEvents: {
    parameters: {
      query: {
        entity: string;
        id?: string;
        limit?: number;
        before?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Audit events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            events: components['schemas']['AuditEvent'][];
          };
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listPackages: {
    parameters: {
      query?: {
        /** @description Exactly this case reference */
        reference?: string;
        /** @description Case references starting with this (any letter case) */
        referencePrefix?: string;
        status?: 'brokering' | 'unplaced' | 'awarded' | 'active' | 'ended' | 'cancelled';
        zone?: string;
        band?: 'urban' | 'fringe' | 'rural' | 'isolated';
        urgency?: 'standard' | 'hospital-discharge' | 'urgent';
        fundingStream?: 'council' | 'chc' | 'd2a' | 'joint';
        /** @description Held by this provider (staff only; a provider sees its own) */
        provider?: number;
        /** @description Taken in on or after this day */
        intakeFrom?: string;
        /** @description Taken in on or before this day */
        intakeTo?: string;
        /** @description Page size, 1–500 */
        limit?: number;
        /** @description Rows to skip, 0–1,000,000 */
        offset?: number | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the packages that match, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PackageList'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  intakePackage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewPackage'];
      };
    };
    responses: {
      /** @description Created and offered */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Package'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A well-formed postcode of the county's own outward codes that is not in the data */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Outside the service area (with the nearest zone, and the distance or the council), a PO-box or large-user postcode, a band override to the band the area already gives, or no rate card in force today */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @description The id of the nearest zone */
            nearestZone?: string;
            nearestZoneName?: string;
            /** @description How far the place is from that zone */
            distanceMetres?: number;
            /** @description For a postcode: the other council it belongs to, e.g. Leicester City or Rutland */
            council?: string;
          };
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPackage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The package */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Package'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such package (or, for a provider, not one it holds) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  editPackage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EditPackage'];
      };
    };
    responses: {
      /** @description The package after the edit */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Package'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Changed by someone else since that version, or not editable in its state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /**
             * @description The status the package is in
             * @enum {string}
             */
            currentStatus?: 'brokering' | 'unplaced' | 'awarded' | 'active' | 'ended' | 'cancelled';
            /** @description The version to reload */
            currentVersion?: number;
          };
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  overridePackageBand: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BandOverrideRequest'];
      };
    };
    responses: {
      /** @description The package with its new band and rate */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Package'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such package */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Changed by someone else since that version, or not unplaced */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /**
             * @description The status the package is in
             * @enum {string}
             */
            currentStatus?: 'brokering' | 'unplaced' | 'awarded' | 'active' | 'ended' | 'cancelled';
            /** @description The version to reload */
            currentVersion?: number;
          };
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The package is already in that band */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelPackage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description The package after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Package'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such package (or, for a provider, not one it holds) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a move the package can make in its status (`currentStatus`), or it changed meanwhile: reload it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /**
             * @description The status the package is in
             * @enum {string}
             */
            currentStatus?: 'brokering' | 'unplaced' | 'awarded' | 'active' | 'ended' | 'cancelled';
          };
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  endPackage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @description A calendar date, YYYY-MM-DD, 1900-01-01 to 2200-12-31
           */
          endedOn: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description The package after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Package'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such package (or, for a provider, not one it holds) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a move the package can make in its status (`currentStatus`), or it changed meanwhile: reload it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /**
             * @description The status the package is in
             * @enum {string}
             */
            currentStatus?: 'brokering' | 'unplaced' | 'awarded' | 'active' | 'ended' | 'cancelled';
          };
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  widenPackageSearch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          scope: 'neighbours' | 'all';
        };
      };
    };
    responses: {
      /** @description The package after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Package'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such package (or, for a provider, not one it holds) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a move the package can make in its status (`currentStatus`), or it changed meanwhile: reload it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /**
             * @description The status the package is in
             * @enum {string}
             */
            currentStatus?: 'brokering' | 'unplaced' | 'awarded' | 'active' | 'ended' | 'cancelled';
          };
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  confirmPackageStart: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @description The day care started, YYYY-MM-DD: not before the award, not after today
           */
          startedOn: string;
        };
      };
    };
    responses: {
      /** @description The package after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Package'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such package (or, for a provider, not one it holds) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a move the package can make in its status (`currentStatus`), or it changed meanwhile: reload it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /**
             * @description The status the package is in
             * @enum {string}
             */
            currentStatus?: 'brokering' | 'unplaced' | 'awarded' | 'active' | 'ended' | 'cancelled';
          };
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  handBackPackage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HandBack'];
      };
    };
    responses: {
      /** @description The package after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Package'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such package (or, for a provider, not one it holds) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a move the package can make in its status (`currentStatus`), or it changed meanwhile: reload it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /**
             * @description The status the package is in
             * @enum {string}
             */
            currentStatus?: 'brokering' | 'unplaced' | 'awarded' | 'active' | 'ended' | 'cancelled';
          };
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  decideShortNotice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description approve: the short notice stands; refuse: the notice runs the default period from the day it was given
           * @enum {string}
           */
          decision: 'approve' | 'refuse';
        };
      };
    };
    responses: {
      /** @description The package after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Package'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such package (or, for a provider, not one it holds) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a move the package can make in its status (`currentStatus`), or it changed meanwhile: reload it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /**
             * @description The status the package is in
             * @enum {string}
             */
            currentStatus?: 'brokering' | 'unplaced' | 'awarded' | 'active' | 'ended' | 'cancelled';
          };
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listReviewsDue: {
    parameters: {
      query?: {
        zone?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Overdue, then due this week, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewsDue'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordFundingReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FundingReview'];
      };
    };
    responses: {
      /** @description The package after the review */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Package'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such package */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a D2A package with a review to record, closed, or changed by someone else since that version */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /**
             * @description The status the package is in
             * @enum {string}
             */
            currentStatus?: 'brokering' | 'unplaced' | 'awarded' | 'active' | 'ended' | 'cancelled';
            /** @description The version to reload */
            currentVersion?: number;
          };
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOffers: {
    parameters: {
      query?: {
        status?: 'pending' | 'accepted' | 'declined' | 'expired' | 'won' | 'lost' | 'withdrawn';
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Offers, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfferList'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  acceptOffer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @description The day the provider can start care, YYYY-MM-DD: from today to a year from today (default: the wanted start)
           */
          startDate?: string;
        };
      };
    };
    responses: {
      /** @description Recorded; status "won" when the award was made at once */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfferResponse'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such offer (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already answered, expired, or the package is already awarded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /**
             * @description Where the offer stands
             * @enum {string}
             */
            offerStatus?: 'pending' | 'accepted' | 'declined' | 'expired' | 'won' | 'lost' | 'withdrawn';
          };
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  declineOffer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          reason: 'no-capacity' | 'travel-distance' | 'skills' | 'start-date' | 'other';
        };
      };
    };
    responses: {
      /** @description Recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfferResponse'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such offer (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already answered or expired */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /**
             * @description Where the offer stands
             * @enum {string}
             */
            offerStatus?: 'pending' | 'accepted' | 'declined' | 'expired' | 'won' | 'lost' | 'withdrawn';
          };
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBrokerageQueue: {
    parameters: {
      query?: {
        /** @description One view; without it, both (needing action first) */
        view?: 'needs-action' | 'with-providers';
        zone?: string;
        band?: 'urban' | 'fringe' | 'rural' | 'isolated';
        urgency?: 'standard' | 'hospital-discharge' | 'urgent';
        status?: 'brokering' | 'unplaced' | 'awarded';
        /** @description priority: urgent and hospital discharge first, then the longest waiting (needs action) or the soonest window end (with providers) */
        sort?:
          | 'priority'
          | 'reference'
          | 'zone'
          | 'band'
          | 'hours'
          | 'urgency'
          | 'wanted-start'
          | 'time-left'
          | 'waited';
        /** @description For a column sort; empty values always last */
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The queue */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BrokerageQueue'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  runBrokerageSweep: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What the sweep did */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SweepResult'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  explainAllocation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The allocation explanation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AllocationExplanation'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such package */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getKpis: {
    parameters: {
      query?: {
        /** @description First day, YYYY-MM-DD (default: 364 days before `to`); from 2021-11-01 (the framework start) to a year from today */
        from?: string;
        /** @description Last day, YYYY-MM-DD (default: today); from 2021-11-01 to a year from today */
        to?: string;
        /** @description Comma-separated dimensions: provider, zone, band (none = county-wide) */
        groupBy?: string;
        provider?: number;
        zone?: string;
        band?: 'urban' | 'fringe' | 'rural' | 'isolated';
        /** @description Only packages of this funding stream (offers through their package) */
        fundingStream?: 'council' | 'chc' | 'd2a' | 'joint';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description KPIs per group (a provider sees only its own) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KpiReport'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description For a provider user: `provider` names another provider */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listScores: {
    parameters: {
      query?: {
        zone?: string;
        /** @description The instant to read scores at (default: now) */
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Scores per zone, primes first, best first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ZoneScores'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recomputeScores: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stored run */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreRun'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProviderScores: {
    parameters: {
      query?: {
        /** @description The instant to read scores at (default: now) */
        at?: string;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Scores per zone */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderScores'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProviderScoreHistory: {
    parameters: {
      query?: {
        /** @description First day, YYYY-MM-DD (default: 364 days before `to`) */
        from?: string;
        /** @description Last day, YYYY-MM-DD (default: today) */
        to?: string;
        zone?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Snapshots */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreSnapshotHistory'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listQualityEvidence: {
    parameters: {
      query?: {
        /** @description First day, YYYY-MM-DD (default: 364 days before `to`) */
        from?: string;
        /** @description Last day, YYYY-MM-DD (default: today) */
        to?: string;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Evidence */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QualityEvidenceList'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordQualityEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewQualityEvidence'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QualityEvidence'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Dated in the future */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  withdrawQualityEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        evidenceId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          reason: 'recorded-in-error' | 'duplicate' | 'overturned-on-appeal' | 'other';
        };
      };
    };
    responses: {
      /** @description Withdrawn */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QualityEvidence'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such evidence */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already withdrawn */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listReviewFlags: {
    parameters: {
      query?: {
        status?: 'open' | 'confirmed' | 'dismissed';
        kind?: 'demotion' | 'promotion' | 'cqc-downgrade';
        zone?: string;
        provider?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Flags with their evidence */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewFlagList'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  raiseReviewFlag: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          providerId: number;
          zoneId: string;
          /** @enum {string} */
          kind: 'demotion' | 'promotion';
          /** @description The evidence of sustained performance the flag rests on */
          evidence: string;
          /** @description Why the flag is raised */
          comment: string;
        };
      };
    };
    responses: {
      /** @description The flag raised */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewFlagDetail'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The provider holds no role in the zone */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An open flag of the kind is waiting, or one exists for the review month */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The provider’s role does not fit the kind (a demotion needs a prime) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReviewFlag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The flag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewFlagDetail'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such flag */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  confirmReviewFlag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          reason:
            | 'performance-confirmed'
            | 'improvement-plan-agreed'
            | 'mitigating-circumstances'
            | 'insufficient-evidence'
            | 'data-error'
            | 'zone-coverage'
            | 'commissioning-decision'
            | 'other';
          /** @description The evidence the decision rests on (visits, scores, correspondence) */
          evidence: string;
          /** @description Why the commissioner decided so */
          comment: string;
          /**
           * @description Required (true) when the demotion leaves the zone below its minimum primes
           * @default false
           */
          acknowledgeBelowMinPrimes?: boolean;
        };
      };
    };
    responses: {
      /** @description The confirmed flag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewFlagDetail'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such flag */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already decided, or the provider’s role has changed since */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            flagStatus?: 'open' | 'confirmed' | 'dismissed';
            /** @enum {string|null} */
            currentRole?: 'prime' | 'supplementary' | null;
          };
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Would leave the zone below its minimum primes without acknowledgement */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            coverage?: components['schemas']['PrimeCoverage'];
          };
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  dismissReviewFlag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          reason:
            | 'performance-confirmed'
            | 'improvement-plan-agreed'
            | 'mitigating-circumstances'
            | 'insufficient-evidence'
            | 'data-error'
            | 'zone-coverage'
            | 'commissioning-decision'
            | 'other';
          /** @description The evidence the decision rests on (visits, scores, correspondence) */
          evidence: string;
          /** @description Why the commissioner decided so */
          comment: string;
        };
      };
    };
    responses: {
      /** @description The dismissed flag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewFlagDetail'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such flag */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already decided */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            flagStatus?: 'open' | 'confirmed' | 'dismissed';
            /** @enum {string|null} */
            currentRole?: 'prime' | 'supplementary' | null;
          };
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  runRoleReview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What the review raised */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewRun'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProviderRisk: {
    parameters: {
      query?: {
        /** @description The month, YYYY-MM, from the framework’s first (2021-11) to this one; unset: last month */
        month?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The month’s ratings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderRiskMonth'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  runProviderRisk: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProviderRiskRunRequest'];
      };
    };
    responses: {
      /** @description The run */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderRiskRun'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  overrideProviderRisk: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        providerId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProviderRiskOverrideRequest'];
      };
    };
    responses: {
      /** @description The rating with its override */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderRisk'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The provider has no rating for that month */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProviders: {
    parameters: {
      query?: {
        zone?: string;
        role?: 'prime' | 'supplementary';
        rating?: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-rated';
        chc?: 'true' | 'false';
        status?: 'applicant' | 'mobilising' | 'active' | 'suspended' | 'exited';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Providers, by name */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderList'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  admitProvider: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewProvider'];
      };
    };
    responses: {
      /** @description Admitted */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Provider'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Another provider has the name or CQC location id */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Inconsistent CQC ratings */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProvider: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The provider */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Provider'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateProvider: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProviderPatch'];
      };
    };
    responses: {
      /** @description Changed; warnings list zones a status change leaves short */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderChange'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale version, or a duplicate name or CQC location id */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Inconsistent CQC ratings */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setProviderZoneRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        zoneId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ZoneRoleChange'];
      };
    };
    responses: {
      /** @description The role, with any coverage warnings for the zone */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ZoneRoleResult'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider or zone */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role was changed by someone else at the same time */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rural free zone has no primes; or the provider has exited */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeProviderZoneRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        zoneId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ZoneRoleRemoval'];
      };
    };
    responses: {
      /** @description Removed, with any coverage warnings for the zone */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ZoneRoleResult'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider, zone or role */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProviderCapacity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Capacity */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderCapacity'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  declareProviderCapacity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewCapacityDeclaration'];
      };
    };
    responses: {
      /** @description Declared */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CapacityEntry'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider, officer, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The provider holds no role in the zone, or the zone is unknown */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCapacity: {
    parameters: {
      query?: {
        zone?: string;
        provider?: number;
        state?: 'current' | 'stale' | 'missing';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One entry per membership */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CapacityList'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProviderNeeds: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Needs declarations */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderNeeds'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin, provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  declareProviderNeeds: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewNeedsDeclaration'];
      };
    };
    responses: {
      /** @description Declared */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NeedsEntry'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The provider holds no role in the zone, or the zone is unknown */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSpecialists: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Specialists by specialism */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpecialistList'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  appointSpecialist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        specialism: 'dementia' | 'learning-disability' | 'mental-health' | 'end-of-life';
        providerId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SpecialistAppointmentChange'];
      };
    };
    responses: {
      /** @description The appointment as it now stands */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpecialistChange'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeSpecialist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        specialism: 'dementia' | 'learning-disability' | 'mental-health' | 'end-of-life';
        providerId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SpecialistAppointmentChange'];
      };
    };
    responses: {
      /** @description The appointment as it now stands */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpecialistChange'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getFrameworkCoverage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Coverage by zone, with warnings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoverageReport'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  importCaseload: {
    parameters: {
      query?: {
        /** @description true: check the file and report what it would change, writing nothing */
        dryRun?: 'true' | 'false';
        /** @description all-or-nothing (default): any refused row refuses the file, nothing is written; valid-rows: the rows that pass are written and the refused ones listed */
        mode?: 'all-or-nothing' | 'valid-rows';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description Imported (or, on a dry run, checked): the report, row by row */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseloadImportReport'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin, officer) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 20mb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not text/csv, or in an encoding the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rows refused (each row, column and reason): nothing was imported (all-or-nothing mode) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] &
            components['schemas']['ImportRefused'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  importBaseline: {
    parameters: {
      query?: {
        /** @description true: check the file and report what it would change, writing nothing */
        dryRun?: 'true' | 'false';
        /** @description all-or-nothing (default): any refused row refuses the file, nothing is written; valid-rows: the rows that pass are written and the refused ones listed */
        mode?: 'all-or-nothing' | 'valid-rows';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description Imported (or, on a dry run, checked): the report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BaselineImportReport'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin, officer) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 20mb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not text/csv, or in an encoding the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rows refused (each row, column and reason): nothing was imported (all-or-nothing mode) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] &
            components['schemas']['ImportRefused'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  importCqcRatings: {
    parameters: {
      query?: {
        /** @description true: check the file and report what it would change, writing nothing */
        dryRun?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description Imported (or, on a dry run, checked): the report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CqcImportReport'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100mb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not text/csv, or in an encoding the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A row refused (its row, column and reason): nothing was imported */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] &
            components['schemas']['ImportRefused'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  importVisits: {
    parameters: {
      query?: {
        /** @description true: check the file and report what it would change, writing nothing */
        dryRun?: 'true' | 'false';
        /** @description all-or-nothing (default): any refused row refuses the file, nothing is written; valid-rows: the rows that pass are written and the refused ones listed */
        mode?: 'all-or-nothing' | 'valid-rows';
        /** @description Staff: the provider the records are uploaded for (required). A provider user: its own, or leave out */
        providerId?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description Imported (or, on a dry run, checked): the report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VisitImportReport'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider, officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description For a provider user: `providerId` names another provider */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 50mb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not text/csv, or in an encoding the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A row refused (its row, column and reason): nothing was imported */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            dryRun: boolean;
            /** @enum {boolean} */
            applied: false;
            rowsRead: number;
            accepted: number;
            refused: number;
            refusals: components['schemas']['ImportRefusal'][];
          };
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordVisits: {
    parameters: {
      query?: {
        /** @description true: check the file and report what it would change, writing nothing */
        dryRun?: 'true' | 'false';
        /** @description all-or-nothing (default): any refused row refuses the file, nothing is written; valid-rows: the rows that pass are written and the refused ones listed */
        mode?: 'all-or-nothing' | 'valid-rows';
        /** @description Staff: the provider the records are uploaded for (required). A provider user: its own, or leave out */
        providerId?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Up to 5000 visit records; a refusal's row is the item's position, from 1 */
          visits: {
            packageReference: string;
            /** @description ISO 8601 with offset or Z, or an England time "YYYY-MM-DD HH:MM" */
            plannedStart: string;
            /** @description 1–1440 */
            plannedMinutes: number;
            /** @description Empty with actualEnd: the visit was missed */
            actualStart?: string | null;
            /** @description ISO 8601 with offset or Z, or an England time "YYYY-MM-DD HH:MM" */
            actualEnd?: string | null;
            /** @description 0–4; absent: as planned when delivered */
            carersPresent?: number | null;
          }[];
        };
      };
    };
    responses: {
      /** @description Recorded (or, on a dry run, checked): the report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VisitImportReport'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider, officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description For a provider user: `providerId` names another provider */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 5mb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A record refused (its item, field and reason): nothing was recorded */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            dryRun: boolean;
            /** @enum {boolean} */
            applied: false;
            rowsRead: number;
            accepted: number;
            refused: number;
            refusals: components['schemas']['ImportRefusal'][];
          };
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getVisitKpis: {
    parameters: {
      query?: {
        /** @description First day, YYYY-MM-DD (default: 364 days before `to`); from 2021-11-01 (the framework start) to a year from today */
        from?: string;
        /** @description Last day, YYYY-MM-DD (default: today); from 2021-11-01 to a year from today */
        to?: string;
        /** @description Comma-separated dimensions: provider, zone, band (default: provider) */
        groupBy?: string;
        providerId?: number;
        zoneId?: string;
        band?: 'urban' | 'fringe' | 'rural' | 'isolated';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Visit KPIs per group (a provider sees only its own) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VisitKpiReport'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description For a provider user: `providerId` names another provider */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPackageVisits: {
    parameters: {
      query?: {
        /** @description First day, YYYY-MM-DD (default: 27 days before `to`) */
        from?: string;
        /** @description Last day, YYYY-MM-DD (default: today); from 2021-11-01 to a year from today */
        to?: string;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The visits (a provider: its own records of a package it holds) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PackageVisits'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider, officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordProviderExit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProviderExit'];
      };
    };
    responses: {
      /** @description The exit and the packages it handed back */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderExitResult'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The provider has already recorded its exit */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProviderTransition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The transition, most urgent first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderTransition'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAdmissionRounds: {
    parameters: {
      query?: {
        open?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Rounds */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdmissionRoundList'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  openAdmissionRound: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewAdmissionRound'];
      };
    };
    responses: {
      /** @description Opened */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdmissionRound'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown zone */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  registerApplicant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewApplicant'];
      };
    };
    responses: {
      /** @description Registered; the invitation is on its way */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Applicant'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Another provider has the name or CQC location id */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Inconsistent CQC ratings, or the email is taken */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAdmissionApplications: {
    parameters: {
      query?: {
        round?: number;
        status?: 'submitted' | 'accepted' | 'rejected' | 'active';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Applications */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdmissionApplicationList'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin, provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  applyForAdmission: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewApplication'];
      };
    };
    responses: {
      /** @description Submitted; commissioners are told */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdmissionApplication'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such round */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The round is closed or does not invite this; already applied or held */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAdmissionApplication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The application */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdmissionApplication'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin, provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such application (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  decideAdmissionApplication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdmissionDecision'];
      };
    };
    responses: {
      /** @description Decided */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdmissionApplication'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such application */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already decided, or the score is below the round threshold */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCheckItems: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Items */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckItemList'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addCheckItem: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewCheckItem'];
      };
    };
    responses: {
      /** @description Added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckItem'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An item with this key exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProviderReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The checklist */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordReadinessCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        itemKey: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CheckRecord'];
      };
    };
    responses: {
      /** @description The checklist after the check */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider or item */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  activateProvider: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Active */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing mobilising, or required checks outstanding */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listRateCards: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Rate cards */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateCardList'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createRateCard: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewRateCard'];
      };
    };
    responses: {
      /** @description Added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateCard'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The date is not in the future, or another card applies from it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCurrentRateCard: {
    parameters: {
      query?: {
        /** @description Defaults to today's date in England */
        date?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The card in force */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateCard'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No card is in force on that date */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteRateCard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such card */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The card is already in force, or packages are priced against it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateRateCard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RateCardPatch'];
      };
    };
    responses: {
      /** @description Changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateCard'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such card */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The card is already in force, or the new date is not in the future or taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPackageRates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rates */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PackageRates'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such package */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordNegotiatedRate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NegotiatedRateInput'];
      };
    };
    responses: {
      /** @description The package’s rates after the change */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PackageRates'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such package */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The package already has a negotiated rate from that date */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPriceQuote: {
    parameters: {
      query: {
        lon?: number | null;
        lat?: number | null;
        /** @description Price a band directly instead of a location */
        band?: 'urban' | 'fringe' | 'rural' | 'isolated';
        /** @description Hours of care a week; decimals allowed (7.5) */
        weeklyHours: number;
        /** @description Date whose rate card prices the weekly and annual cost; defaults to from, else today */
        date?: string;
        /** @description A calendar date, YYYY-MM-DD, 1900-01-01 to 2200-12-31 */
        from?: string;
        /** @description A calendar date, YYYY-MM-DD, 1900-01-01 to 2200-12-31 */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The quote */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PriceQuote'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Outside the service area (with the nearest zone), or no rate card in force */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @description The id of the nearest zone */
            nearestZone?: string;
            nearestZoneName?: string;
            /** @description How far the place is from that zone */
            distanceMetres?: number;
            /** @description For a postcode: the other council it belongs to, e.g. Leicester City or Rutland */
            council?: string;
          };
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCostModel: {
    parameters: {
      query?: {
        urban?: number | null;
        fringe?: number | null;
        rural?: number | null;
        isolated?: number | null;
        /** @description A calendar date, YYYY-MM-DD, 1900-01-01 to 2200-12-31 */
        date?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cost model at the card in force on the date */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostModel'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No rate card is in force on the date */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  eraseReference: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reference: string;
        };
      };
    };
    responses: {
      /** @description Erased (an unknown reference erases nothing and says so) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Erasure'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A package of the person is still live: end or cancel it first */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCoverageReport: {
    parameters: {
      query?: {
        /** @description First day of the period, YYYY-MM-DD, England (default: 364 days before `to`); from 2021-11-01 (the framework start) to a year from today */
        from?: string;
        /** @description Last day of the period, included (default: the day of `asOf`); from 2021-11-01 to a year from today */
        to?: string;
        /** @description The instant the report is as at: a date (the end of that day in England) or a date-time (default: now) */
        asOf?: string;
        /** @description json (default), csv (one row per zone and a county total) or geojson (zone features); or send Accept: text/csv */
        format?: 'json' | 'csv' | 'geojson';
        /** @description Only packages of this funding stream (council, chc, d2a, joint); default every stream */
        fundingStream?: 'council' | 'chc' | 'd2a' | 'joint';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report (JSON; CSV or GeoJSON by `format` or Accept) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ZoneCoverageReport'];
          'text/csv': components['schemas']['Csv'];
          'application/geo+json': components['schemas']['ReportFeatureCollection'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProviderReport: {
    parameters: {
      query?: {
        /** @description First day of the period, YYYY-MM-DD, England (default: 364 days before `to`); from 2021-11-01 (the framework start) to a year from today */
        from?: string;
        /** @description Last day of the period, included (default: the day of `asOf`); from 2021-11-01 to a year from today */
        to?: string;
        /** @description The instant the report is as at: a date (the end of that day in England) or a date-time (default: now) */
        asOf?: string;
        /** @description json (default), csv (one row per zone and a county total) or geojson (zone features); or send Accept: text/csv */
        format?: 'json' | 'csv' | 'geojson';
        /** @description Only this provider (a provider user sees only its own) */
        provider?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report (a provider sees only its own rows) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderReport'];
          'text/csv': components['schemas']['Csv'];
          'application/geo+json': components['schemas']['ReportFeatureCollection'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such provider (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPaymentsExport: {
    parameters: {
      query: {
        /** @description First day of the period, YYYY-MM-DD, England; from 2021-11-01 to a year from today */
        from: string;
        /** @description Last day of the period, included; at most five years after `from` */
        to: string;
        /** @description Only packages of this funding stream */
        fundingStream?: 'council' | 'chc' | 'd2a' | 'joint';
        /** @description json (default) or csv (one line per package and provider, then the totals); or Accept: text/csv */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The payments (JSON; CSV by `format=csv` or Accept: text/csv) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Payments'];
          'text/csv': components['schemas']['PaymentsCsv'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBudgetPosition: {
    parameters: {
      query?: {
        /** @description Default: the financial year of today (England) */
        financialYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The position */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BudgetPosition'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setBudget: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The financial year by the year its April is in (2026 = April 2026 to March 2027) */
        financialYear: number;
        fundingStream: 'council' | 'chc' | 'd2a' | 'joint';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetBudget'];
      };
    };
    responses: {
      /** @description The budget as stored */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Budget'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Changed by someone else since the version sent */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  beforeAfterReport: {
    parameters: {
      query?: {
        /** @description The day that divides before from after, YYYY-MM-DD, up to today; default 2021-11-01 (the framework began) */
        date?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The comparison, with the counts behind each figure */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BeforeAfter'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRagTargets: {
    parameters: {
      query?: {
        /** @description The day the targets are in force on (default: today's date in England) */
        on?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The targets */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RagTargets'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setRagTarget: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          metric: 'supply' | 'pickUp' | 'primeShare' | 'longestWait' | 'handBacks';
          /** @description A zone: this is its override (with a comment); absent: the council-wide target */
          zoneId?: string;
          /** @description The green line; absent with a zone: the zone follows the council-wide target again */
          target?: number;
          /** @description How far past the target is still amber */
          tolerance?: number;
          /**
           * Format: date
           * @description The first day it applies: today to a year ahead
           */
          effectiveFrom: string;
          /** @description Why; required for a zone override */
          comment?: string;
        };
      };
    };
    responses: {
      /** @description The target stored */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RagTarget'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such zone */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  locatePlace: {
    parameters: {
      query?: {
        lat?: number | null;
        lon?: number | null;
        postcode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Where the place falls */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Location'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A well-formed postcode of the county's own outward codes that is not in the data */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Outside the service area (with the nearest zone, and the distance or the council), or a PO-box or large-user postcode */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @description The id of the nearest zone */
            nearestZone?: string;
            nearestZoneName?: string;
            /** @description How far the place is from that zone */
            distanceMetres?: number;
            /** @description For a postcode: the other council it belongs to, e.g. Leicester City or Rutland */
            council?: string;
          };
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAreaLayers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Layer versions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AreaLayerVersions'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  uploadAreaLayer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewAreaLayer'];
      };
    };
    responses: {
      /** @description Stored */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredAreaLayer'];
        };
      };
      /** @description The layer is invalid; `errors` names each failing feature */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 25mb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The layer names zones the service does not have */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            unknownZones?: string[];
          };
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listZones: {
    parameters: {
      query?: {
        simplified?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description FeatureCollection of zones */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ZoneCollection'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getZone: {
    parameters: {
      query?: {
        simplified?: 'true' | 'false';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The zone feature */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Zone'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such zone */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listZoneAreas: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description FeatureCollection of areas */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AreaCollection'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such zone */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProviderContacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Contacts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            contacts: components['schemas']['Contact'][];
          };
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, commissioner, admin, provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addProviderContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewContact'];
      };
    };
    responses: {
      /** @description Added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already a contact of this provider */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeProviderContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        contactId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMyNotificationPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Choices in force */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferences'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setMyNotificationPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetNotificationPreferences'];
      };
    };
    responses: {
      /** @description Choices in force */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferences'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: officer, provider, commissioner, admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOutboxMessages: {
    parameters: {
      query?: {
        status?: 'held' | 'pending' | 'sending' | 'sent' | 'dead' | 'digested';
        channel?: 'email' | 'webhook';
        kind?: string;
        before?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Messages and counts by status */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            counts: {
              [key: string]: number;
            };
            messages: components['schemas']['OutboxMessage'][];
          };
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOutboxMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The message */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxMessageDetail'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  resendOutboxMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Queued */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxMessageDetail'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: admin) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Being sent at this moment, or held for a digest */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Endpoints, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            webhooks: components['schemas']['Webhook'][];
          };
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  registerWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewWebhook'];
      };
    };
    responses: {
      /** @description Registered; keep the secret: it is not shown again */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisteredWebhook'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        status?: 'pending' | 'sending' | 'sent' | 'dead';
        limit?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deliveries, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            deliveries: components['schemas']['WebhookDelivery'][];
          };
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  replayWebhookDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        deliveryId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Queued to be sent again */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDelivery'];
        };
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The endpoint is disabled, or the delivery is being sent now */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100kb */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is in an encoding or charset the service does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The input is not valid, or a query parameter is not one of the route's: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ValidationProblem'];
        };
      };
      /** @description No credentials, or a token that is unknown, expired or revoked */
      401: {
        headers: {
          /** @description Always `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not open to the caller's role (open to: provider) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (or not yours to see) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Failing credentials from an address with too many failed authentications; wait as Retry-After says */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
