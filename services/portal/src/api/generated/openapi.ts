// Generated from docs/openapi.json by services/portal/scripts/generate-api-types.ts: do not edit.
export interface paths {
  '/api/v1/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One application: screening, match explained requirement by requirement, declarations, scores, notes.
     * @description Allowed: admin, programme-manager, twg-member, auditor.
     */
    get: operations['ApplicationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Selected, reserve or rejected, with a written reason. Selected takes one of the ToR's places (409 `tor.filled`)
     *     and is announced as `selection.candidate.selected` with the IPRC and the placement; rejected as
     *     `selection.application.rejected`.
     * @description Allowed: programme-manager.
     */
    post: operations['ReviewController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}/declaration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A reviewer declares a conflict of interest, or none; required before scoring. A conflict excludes them.
     * @description Allowed: twg-member.
     */
    post: operations['ReviewController_declare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * An interview note.
     * @description Allowed: programme-manager, twg-member.
     */
    post: operations['ReviewController_note'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}/scorecard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * A reviewer's scorecard (1–5 per criterion); may be revised until a decision; every version is kept.
     * @description Allowed: twg-member.
     */
    put: operations['ReviewController_score'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}/shortlist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Puts a scored, eligible application on the shortlist: announced as `selection.candidate.shortlisted`.
     * @description Allowed: programme-manager.
     */
    post: operations['ReviewController_shortlist'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sets the password of an invited account from its e-mailed link; the account becomes active.
     * @description Allowed: public.
     */
    post: operations['AuthController_acceptInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Signs in: an access token in the body, the refresh token in an httpOnly, SameSite=Strict cookie.
     * @description Allowed: public.
     */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ends the session of the cookie's refresh token.
     * @description Allowed: public.
     */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The signed-in user.
     * @description Allowed: any signed-in user.
     */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/member-token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exchanges a registrant's magic-link token (from `POST /public/self-service/link`) for a short-lived access
     *     token with the role `member`, for the routes a member uses on their own behalf (applying to a ToR). No
     *     refresh token and no cookie. 401 `member_token.invalid` for a missing, expired or withdrawn member's link.
     * @description Allowed: public.
     */
    post: operations['MemberTokenController_exchange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * E-mails a reset link when the address has an active account; the answer is the same either way.
     * @description Allowed: public.
     */
    post: operations['AuthController_requestPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sets a new password from the e-mailed link; every session of the account ends.
     * @description Allowed: public.
     */
    post: operations['AuthController_confirmPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A new access token for the session in the cookie; the refresh token rotates (a replayed one ends the session).
     * @description Allowed: public.
     */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The shortlist and the selections by gender, IPRC and subject against the programme's targets, live (a moment
     *     behind). Counts only: no person is named, and gender never enters scoring. Gender counts under 5 show `"<5"`,
     *     and a count shows `"withheld"` where the total would let a reader subtract a smaller one
     *     (balance/small-cells.rules.ts).
     * @description Allowed: admin, programme-manager, twg-member, iprc-focal-point, auditor.
     */
    get: operations['BalanceController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Campaigns by status and office, newest first; a moment behind the latest changes.
     * @description Allowed: admin, programme-manager, outreach-officer, auditor.
     */
    get: operations['CampaignsController_list'];
    put?: never;
    /**
     * Creates a draft, with its slug; nothing is announced until it is launched.
     * @description Allowed: admin, programme-manager, outreach-officer.
     */
    post: operations['CampaignsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One campaign, with the shareable link of each of its channels.
     * @description Allowed: admin, programme-manager, outreach-officer, auditor.
     */
    get: operations['CampaignsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edits a draft (409 `campaign.not_draft` once launched).
     * @description Allowed: admin, programme-manager, outreach-officer.
     */
    patch: operations['CampaignsController_update'];
    trace?: never;
  };
  '/api/v1/campaigns/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Live → closed, announced as `outreach.campaign.closed` in the same write.
     * @description Allowed: admin, programme-manager, outreach-officer.
     */
    post: operations['CampaignsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/funnel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Link visits → forms started → verified members → members who applied to a ToR, per channel (the campaign's
     *     channels first, then any other a registration named) and in total. Each member counts once per step.
     * @description Allowed: admin, programme-manager, outreach-officer, auditor.
     */
    get: operations['FunnelController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/launch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Draft → live, announced as `outreach.campaign.launched` in the same write.
     * @description Allowed: admin, programme-manager, outreach-officer.
     */
    post: operations['CampaignsController_launch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/figures/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Campaigns launched per office (an outreach officer: their office only).
     * @description Allowed: admin, programme-manager, outreach-officer, auditor, twg-member.
     */
    get: operations['CampaignFiguresController_byOffice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/figures/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Members registered (e-mail verified) per office, and per channel they came through (an outreach officer: their
     *     office only, like the campaign figures).
     * @description Allowed: admin, programme-manager, outreach-officer, auditor, twg-member.
     */
    get: operations['MemberFiguresController_byOffice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Imports the list into the campaign: new people become `imported` members, earlier imported ones are
     *     updated, registered members are never touched. A list with any row error is refused whole
     *     (`import.invalid`, with the dry run's report). Importing the same list again creates nothing.
     * @description Allowed: admin, programme-manager, outreach-officer.
     */
    post: operations['ImportsController_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/dry-run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * What importing the list would do, row by row; writes nothing. Rows that are members of the caller's office
     *     are named as `existing`; any other row the import would leave alone is only counted in `wouldSkip`.
     * @description Allowed: admin, programme-manager, outreach-officer.
     */
    post: operations['ImportsController_dryRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/member/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The member's applications and where each stands.
     * @description Allowed: member.
     */
    get: operations['MemberApplicationsController_mine'];
    put?: never;
    /**
     * Applies to a published ToR with a motivation; screened at once. 409 `application.duplicate` for a second
     *     application to the same ToR, `tor.not_open` once it closed.
     * @description Allowed: member.
     */
    post: operations['MemberApplicationsController_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search and filter registrants (never erased ones), newest first, a page at a time.
     * @description Allowed: admin, programme-manager, outreach-officer, auditor.
     */
    get: operations['MembersController_search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A member's full profile with consent records; the CV by id and size only.
     * @description Allowed: admin, programme-manager, outreach-officer, auditor.
     */
    get: operations['MembersController_profile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{id}/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The erasure certificate: each holder's receipt (what it removed, when), or that it has not answered yet.
     * @description Allowed: admin, programme-manager, auditor.
     */
    get: operations['ErasureController_certificate'];
    put?: never;
    /**
     * Erases the member everywhere: their data here, their key (every sealed copy in every service, topic and
     *     backup), and `outreach.member.erased` to every holder. Asking again finishes an interrupted erasure.
     * @description Allowed: admin, programme-manager.
     */
    post: operations['ErasureController_erase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The same filters, every match, as a CSV file.
     * @description Allowed: admin, programme-manager, outreach-officer.
     */
    get: operations['MembersController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The programme definition: host country and institutions, offices, subjects, languages, currencies, the gender
     *     vocabulary, targets and checklist templates. Public and cacheable: it changes only when the platform restarts
     *     on another definition (`ETag`, `If-None-Match` answers 304).
     * @description Allowed: public.
     */
    get: operations['ProgrammeController_definition'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/campaigns/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A live or closed campaign (a closed one says so); a draft or an unknown slug is 404 `campaign.not_found`.
     * @description Allowed: public.
     */
    get: operations['PublicCampaignsController_page'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/campaigns/{slug}/starts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Counts one registration form started.
     * @description Allowed: public.
     */
    post: operations['PublicFunnelController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/campaigns/{slug}/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Counts one visit through a channel's link.
     * @description Allowed: public.
     */
    post: operations['PublicFunnelController_visit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/cvs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stores a CV before the registration that sends it (`cvId`). The body is the raw PDF
     *     (`content-type: application/pdf`, at most 5 MB); what counts is the content, not the declared type.
     *     Each client address may upload `CVS_PER_CLIENT_PER_DAY` a day (then 429 `cv.too_many`); a CV that no
     *     registration sends within `CV_UNBOUND_HOURS`, or whose registration is never verified, is deleted.
     * @description Allowed: public.
     */
    post: operations['CvsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/erasure-certificates/{certificateId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The certificate the person was given the link to: names nobody, shows what was erased where and when.
     * @description Allowed: public.
     */
    get: operations['ErasureController_publicCertificate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Takes the public form and e-mails a verification link (48 h); nothing counts until it is followed.
     *     Always 202 `verification-sent` when accepted, including for what looks like spam.
     * @description Allowed: public.
     */
    post: operations['RegistrationsController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/registrations/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Follows the e-mailed link (once): registers the member, or updates the member of that address.
     * @description Allowed: public.
     */
    post: operations['RegistrationsController_verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/self-service/link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * E-mails a link to the profile if the address is a registered member's; answers the same either way.
     * @description Allowed: public.
     */
    post: operations['SelfServiceController_requestLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/self-service/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The member's own data: names, contact, profile, availability, consent records, whether a CV is stored.
     * @description Allowed: public.
     */
    get: operations['SelfServiceController_profile'];
    /**
     * Replaces the profile (not the e-mail address) and announces it to selection.
     * @description Allowed: public.
     */
    put: operations['SelfServiceController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/self-service/tors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * ToRs open now: those in one of the member's subjects first, then by start date.
     * @description Allowed: public.
     */
    get: operations['OpenTorsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/self-service/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraws consent: erases the member's personal data everywhere, and answers with the link to their
     *     erasure certificate, which fills as every service confirms.
     * @description Allowed: public.
     */
    post: operations['SelfServiceController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/tors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The ToRs open to applications, for the public pages: what is asked, where and when.
     * @description Allowed: public.
     */
    get: operations['PublicTorsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reviewers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Active TWG members, from the projection the outbox relay keeps (a change shows within moments).
     * @description Allowed: programme-manager.
     */
    get: operations['ReviewersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * ToRs by status and IPRC, newest first; a moment behind the latest changes. A focal point: their IPRC's.
     * @description Allowed: admin, programme-manager, twg-member, iprc-focal-point, auditor.
     */
    get: operations['TorsController_list'];
    put?: never;
    /**
     * Drafts a ToR from the needs assessment; the programme's eligibility rules, weights and criteria by default.
     * @description Allowed: programme-manager, iprc-focal-point.
     */
    post: operations['TorsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One ToR with its rules, panel and trail (404 `tor.not_found` for another IPRC's, to its focal point).
     * @description Allowed: admin, programme-manager, twg-member, iprc-focal-point, auditor.
     */
    get: operations['TorsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edits a draft (409 `tor.not_draft` after approval).
     * @description Allowed: programme-manager, iprc-focal-point.
     */
    patch: operations['TorsController_update'];
    trace?: never;
  };
  '/api/v1/tors/{id}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A ToR's applications, best match first, each with its screening, match and panel score.
     * @description Allowed: admin, programme-manager, twg-member, auditor.
     */
    get: operations['ApplicationsController_forTor'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tors/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Draft → approved: the programme manager's sign-off.
     * @description Allowed: programme-manager.
     */
    post: operations['TorsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tors/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Published → closed: no more applications (review goes on); announced as `selection.tor.closed`.
     * @description Allowed: programme-manager.
     */
    post: operations['TorsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tors/{id}/panel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Sets the review panel and whether it reviews blind.
     * @description Allowed: programme-manager.
     */
    put: operations['TorsController_panel'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tors/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approved → published: registrants can apply; announced as `selection.tor.published`.
     * @description Allowed: programme-manager.
     */
    post: operations['TorsController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tors/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The ToR's transparency report: JSON, or `?format=csv` for a spreadsheet.
     * @description Allowed: admin, programme-manager, auditor.
     */
    get: operations['ReportController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every account, from the projection the outbox relay keeps (a change shows within moments).
     * @description Allowed: admin.
     */
    get: operations['UsersController_list'];
    put?: never;
    /**
     * Creates an invited account and e-mails the invitation.
     * @description Allowed: admin.
     */
    post: operations['UsersController_invite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Allowed: admin. */
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Changes name, roles, scopes or status. Disabling, or changing roles or scope, ends the user's sessions: their
     *     refresh tokens are refused at once, so a new sign-in carries the new grants; an access token already issued
     *     keeps the old ones until it expires (ACCESS_TOKEN_TTL_SECONDS, 10 minutes by default). Admins cannot lock
     *     themselves out.
     * @description Allowed: admin.
     */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/v1/users/{id}/invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sends the invitation again (a new link; earlier ones stay valid until they expire).
     * @description Allowed: admin.
     */
    post: operations['UsersController_resendInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/sessions/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ends every session of the user: refresh tokens are refused; access tokens lapse within minutes.
     * @description Allowed: admin.
     */
    post: operations['UsersController_revokeSessions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ActorDto: {
      id: string;
      name: string;
      role: string;
    };
    ApplyDto: {
      /** @description Why the applicant wants this ToR and what they would bring: 20 to 5,000 characters. */
      motivation: string;
      /** @description The published ToR applied to. */
      torId: string;
    };
    AuditEntryDto: {
      action: string;
      at: string;
      by: components['schemas']['ActorDto'];
      /** @description What was decided, in the action's own words; never a person's data. */
      detail?: {
        [key: string]: unknown;
      };
    };
    AvailabilityWindow: Record<string, never>;
    CampaignDto: {
      channels?: ('embassy' | 'event' | 'email' | 'social-media' | 'diaspora-association')[];
      closedAt?: string;
      /** @description Country where it reaches people (ISO 3166-1 alpha-2). */
      country?: string;
      /** @description ISO times of its creation and status changes. */
      createdAt?: string;
      description?: string | null;
      endsOn?: string;
      id: string;
      launchedAt?: string;
      /** @description Channel → its public link. */
      links: {
        [key: string]: string;
      };
      name: string;
      /** @description The office abroad that runs it. */
      office: string;
      partner?: components['schemas']['PartnerDto'];
      /** @description Public and URL-safe: `/join/<slug>?channel=<channel>`. */
      slug?: string;
      /** @description `YYYY-MM-DD`, both included. */
      startsOn?: string;
      /** @enum {string} */
      status: 'draft' | 'live' | 'closed';
      subjects?: string[];
      /** @description The version of the campaign this shows; each change adds one. */
      version: number;
    };
    CampaignListDto: {
      /** @description Newest first. */
      items: components['schemas']['CampaignSummaryDto'][];
    };
    CampaignSummaryDto: {
      channels?: ('embassy' | 'event' | 'email' | 'social-media' | 'diaspora-association')[];
      closedAt?: string;
      /** @description Country where it reaches people (ISO 3166-1 alpha-2). */
      country?: string;
      /** @description ISO times of its creation and status changes. */
      createdAt?: string;
      description?: string | null;
      endsOn?: string;
      id: string;
      launchedAt?: string;
      name: string;
      /** @description The office abroad that runs it. */
      office: string;
      partner?: components['schemas']['PartnerDto'];
      /** @description Public and URL-safe: `/join/<slug>?channel=<channel>`. */
      slug?: string;
      /** @description `YYYY-MM-DD`, both included. */
      startsOn?: string;
      /** @enum {string} */
      status: 'draft' | 'live' | 'closed';
      subjects?: string[];
      /** @description The version of the campaign this shows; each change adds one. */
      version: number;
    };
    CloseTorDto: {
      /**
       * @description Why applications stop.
       * @enum {string}
       */
      reason: 'deadline-passed' | 'filled' | 'withdrawn';
    };
    ConsentChangeDto: {
      /** @description Whether the member agrees to be contacted about future opportunities (optional consent). */
      opportunities?: boolean;
    };
    ConsentDto: {
      /** @description Consent to being contacted about future opportunities; optional, `false` is a valid answer. */
      opportunities: boolean;
      /**
       * @description Consent to processing for this programme. Required: without `true` the answer is 400 `consent.required`
       *     (optional here only so that a missing answer gets that clear code rather than a generic one).
       */
      programme: boolean;
      /** @description Version of the consent text shown on the form (e.g. `2026-11`), recorded with each answer. */
      textVersion: string;
    };
    ConsentRecordDto: {
      /** @description ISO time the member answered. */
      at: string;
      given: boolean;
      textVersion: string;
    };
    CreateCampaignDto: {
      /** @description Channels it is shared through, each with its own link; at least one, no repeats. */
      channels: ('event' | 'email' | 'social-media' | 'diaspora-association' | 'embassy')[];
      /**
       * @description Country where it reaches people (ISO 3166-1 alpha-2): one of the programme's offices abroad.
       * @enum {string}
       */
      country: 'BE' | 'DE';
      /** @description What the public page says about it. */
      description?: string;
      /**
       * Format: date
       * @description Last day (included), `YYYY-MM-DD`, not before `startsOn`.
       * @example 2027-04-30
       */
      endsOn: string;
      /**
       * @description Public name of the campaign.
       * @example Brussels diaspora forum 2027
       */
      name: string;
      /**
       * @description The IOM office that runs it; fixed once created. An outreach officer creates for their own office only.
       * @enum {string}
       */
      office: 'BE' | 'DE';
      /** @description The organisation that co-runs it. */
      partner: components['schemas']['PartnerDto'];
      /**
       * Format: date
       * @description First day, `YYYY-MM-DD`.
       * @example 2027-03-01
       */
      startsOn: string;
      /**
       * @description The ToRs or TVET subjects it seeks, as shown on its public page: 1 to 20.
       * @example [
       *       "Mechatronics",
       *       "Solar installation"
       *     ]
       */
      subjects: string[];
    };
    CreateTorDto: {
      /** @description The panel's scorecard; the programme's default criteria when left out. */
      criteria?: components['schemas']['CriterionDto'][];
      /** @description What the expert will do, from the needs assessment. */
      description: string;
      /** @description How long one expert stays: 1 to 6 months. */
      durationMonths: number;
      /** @description Which eligibility rules apply; the programme's defaults when left out. */
      eligibility?: components['schemas']['EligibilityDto'];
      /** @description How many experts the ToR asks for. */
      experts: number;
      /**
       * @description The host IPRC; an IPRC focal point drafts for their own only.
       * @enum {string}
       */
      iprc: 'KGL' | 'HYE' | 'MSZ' | 'TMB' | 'NGM' | 'KRG' | 'KTB' | 'GSH';
      /** @description Weights of the match's parts; the programme's defaults when left out. */
      matchWeights?: components['schemas']['MatchWeightsDto'];
      /** @description The window within which each placement falls. */
      period: components['schemas']['Period'];
      requirements: components['schemas']['RequirementsDto'];
      /** @description The priority TVET subject, e.g. `Renewable energy`. */
      subject: string;
      title: string;
    };
    CriterionDto: {
      /** @description Short stable code, e.g. `technical-expertise`. */
      code: string;
      label: string;
      /** @description Relative weight in the scorecard's total. */
      weight: number;
    };
    CvRefDto: {
      id: string;
      /** @description Bytes. */
      size: number;
    };
    DecisionDto: {
      /** @enum {string} */
      outcome: 'selected' | 'reserve' | 'rejected';
      /** @description For a selection: the agreed placement, within the ToR's period; by default its first months. */
      placement?: components['schemas']['Period'];
      /** @description Why: written for the applicant's file, the donor and the auditor. At least 10 characters. */
      reason: string;
    };
    DeclarationDto: {
      /** @description Whether the reviewer has a conflict of interest with this applicant (then they are excluded from it). */
      conflict: boolean;
      /** @description What the conflict is (required with one); seen by the programme manager and the audit, never the applicant. */
      reason?: string;
    };
    EligibilityDto: {
      /** @description Countries of residence that may apply. */
      countries: ('BE' | 'DE')[];
      /** @description Require at least one of the ToR's languages. */
      language: boolean;
      /** @description Days of stated availability within the ToR's period required (0: not checked). */
      minimumAvailableDays: number;
      /** @description Refuse applicants with fewer years than required. */
      minimumExperience: boolean;
      /** @description Refuse applicants below the required qualification level. */
      minimumQualification: boolean;
    };
    EraseMemberDto: {
      /** @description How the request reached staff (e.g. `e-mail of 3 March to the Brussels office`); nothing about the person. */
      note?: string;
      /**
       * @description `request`: the person asked to be erased; `consent-withdrawn`: they withdrew consent in another way.
       * @enum {string}
       */
      reason: 'consent-withdrawn' | 'request';
    };
    ErasureCertificateDto: {
      certificateId: string;
      /** @description Every holder confirmed. */
      complete: boolean;
      confirmations: components['schemas']['ErasureConfirmationDto'][];
      /** @enum {string} */
      reason: 'consent-withdrawn' | 'request';
      requestedAt: string;
    };
    ErasureConfirmationDto: {
      /** @description When it confirmed; null while waiting. */
      erasedAt: string | null;
      /** @description What it removed or made unreadable, in words staff can show, e.g. `2 applications`. */
      removed: string[];
      /** @description The service, e.g. `selection`. */
      service: string;
      /** @enum {string} */
      status: 'confirmed' | 'waiting';
    };
    ErasureRequesterDto: {
      /** @description An account id, or the member's own for a withdrawal. */
      id: string;
      role: string;
    };
    FunnelCountsDto: {
      /** @description Members who applied to a ToR. */
      applied: number;
      /** @description Registration forms started. */
      started: number;
      /** @description Members who followed their verification link. */
      verified: number;
      /** @description Link visits. */
      visits: number;
    };
    FunnelDto: {
      /** @description The campaign's channels first, then any other a registration named. */
      channels: components['schemas']['FunnelRowDto'][];
      total: components['schemas']['FunnelCountsDto'];
    };
    FunnelRowDto: {
      /** @description Members who applied to a ToR. */
      applied: number;
      channel: string;
      /** @description Registration forms started. */
      started: number;
      /** @description Members who followed their verification link. */
      verified: number;
      /** @description Link visits. */
      visits: number;
    };
    FunnelStepDto: {
      /**
       * @description The channel whose link the visitor followed (the `channel` of the link's query string).
       * @enum {string}
       */
      channel: 'embassy' | 'event' | 'email' | 'social-media' | 'diaspora-association';
    };
    ImportDuplicateDto: {
      /** @description The earlier row of the file, or `existing`: a member the caller may see. */
      duplicateOf: Record<string, never>;
      email: string;
      row: number;
    };
    ImportProblemDto: {
      /** @description The column, or null for the row as a whole. */
      column: string | null;
      /** @description What is expected. */
      message: string;
      /** @description The file's line. */
      row: number;
    };
    ImportReport: {
      /**
       * @description Rows whose e-mail an earlier row of the file has (`duplicateOf`: that row), or a member the caller may see
       *     has ('existing': a member of their office; every office for roles that see them all).
       */
      duplicates: components['schemas']['ImportDuplicateDto'][];
      /** @description Every problem of every row: the line, the column, what is expected. */
      errors: components['schemas']['ImportProblemDto'][];
      /** @description Data rows in the file (the header and blank lines not counted). */
      rows: number;
      /** @description Earlier imported members the list leaves as they are. */
      unchanged: number;
      /** @description Rows without errors. */
      valid: number;
      /** @description New members the import would create. */
      wouldCreate: number;
      /**
       * @description Valid rows left alone: a repeat of an earlier row, a person who registered (a list never overwrites a
       *     registered member) or one the caller's office does not hold, without saying which.
       */
      wouldSkip: number;
      /** @description Earlier imported members whose data the list changes. */
      wouldUpdate: number;
    };
    ImportResult: {
      created: number;
      skipped: number;
      unchanged: number;
      updated: number;
    };
    InvitationSentDto: {
      /** @description False when the mail could not be sent: ask again. */
      invitationSent: boolean;
    };
    InvitedUserDto: {
      createdAt: string;
      email: string;
      id: string;
      invitationSent: boolean;
      /** @description IPRC scope of a focal point: a code of the programme's `host.institutions`. */
      iprc?: string;
      name: string;
      /** @description Office scope of an outreach officer: a code of the programme's `offices`. */
      office?: string;
      /** @description admin, programme-manager, outreach-officer, twg-member, iprc-focal-point, trainer, trainee, investor, auditor */
      roles: string[];
      /** @enum {string} */
      status: 'invited' | 'active' | 'disabled';
    };
    InviteUserDto: {
      /** Format: email */
      email: string;
      /**
       * @description Required for an IPRC focal point.
       * @enum {string}
       */
      iprc?: 'KGL' | 'HYE' | 'MSZ' | 'TMB' | 'NGM' | 'KRG' | 'KTB' | 'GSH';
      name: string;
      /**
       * @description Required for an outreach officer.
       * @enum {string}
       */
      office?: 'BE' | 'DE' | 'RW';
      roles: (
        | 'admin'
        | 'programme-manager'
        | 'outreach-officer'
        | 'twg-member'
        | 'iprc-focal-point'
        | 'trainer'
        | 'trainee'
        | 'investor'
        | 'auditor'
      )[];
    };
    MatchWeightsDto: {
      availability: number;
      experience: number;
      languages: number;
      qualificationField: number;
      qualificationLevel: number;
      subject: number;
    };
    MemberConsentDto: {
      /** @description Being contacted about future opportunities. */
      opportunities: components['schemas']['ConsentRecordDto'];
      /** @description Processing for this programme: required to register. */
      programme: components['schemas']['ConsentRecordDto'];
    };
    MemberListItemDto: {
      /** @description The campaign whose link brought them, and its channel. */
      campaignId: string;
      channel: string;
      /** @description ISO 3166-1 alpha-2. */
      countryOfResidence: string;
      createdAt: string;
      email: string;
      firstName: string;
      id: string;
      lastName: string;
      /** @description The office abroad that holds them. */
      office: string;
      /** @enum {string} */
      status: 'registered' | 'pending' | 'imported' | 'erased';
      subjects: string[];
      yearsOfExperience: number;
    };
    MemberPageDto: {
      /** @description Newest first, one page. */
      items: components['schemas']['MemberListItemDto'][];
      page: number;
      pageSize: number;
      /** @description Matches of every page. */
      total: number;
    };
    MemberProfileDto: {
      availability: components['schemas']['AvailabilityWindow'][];
      campaignId: string;
      channel: string;
      /** @description Null for an imported member who has not answered yet. */
      consent: components['schemas']['MemberConsentDto'] | null;
      countryOfResidence: string;
      createdAt: string;
      cv: components['schemas']['CvRefDto'] | null;
      email: string;
      firstName: string;
      gender?: string;
      id: string;
      languages: string[];
      lastName: string;
      /** @enum {string} */
      locale?: 'en' | 'fr' | 'de' | 'rw';
      office: string;
      phone?: string;
      /** @description Highest first. */
      qualifications: components['schemas']['QualificationDto'][];
      /** @enum {string} */
      status: 'registered' | 'pending' | 'imported' | 'erased';
      subjects: string[];
      verifiedAt?: string;
      version: number;
      yearsOfExperience: number;
    };
    MemberTokenDto: {
      /**
       * @description Bearer token for the member's own routes (role `member`, no account), valid until `expiresAt`; keep it in
       *     memory. There is no refresh token: exchange the link again while it is valid.
       */
      accessToken: string;
      expiresAt: string;
    };
    NoteDto: {
      /** @description An interview note. */
      text: string;
    };
    OpenTorDto: {
      durationMonths: number;
      /** @description The host IPRC's code. */
      iprc: string;
      /** @description In one of the member's subjects: listed first. */
      matchesMySubjects: boolean;
      period: components['schemas']['OpenTorPeriodDto'];
      subject: string;
      title: string;
      torId: string;
    };
    OpenTorListDto: {
      items: components['schemas']['OpenTorDto'][];
    };
    OpenTorPeriodDto: {
      end: string;
      /** @description `YYYY-MM-DD`, both included. */
      start: string;
    };
    OwnApplicationDto: {
      id: string;
      iprc: string | null;
      screening: components['schemas']['ScreeningDto'];
      /** @enum {string} */
      status: 'ineligible' | 'eligible' | 'shortlisted' | 'selected' | 'reserve' | 'rejected';
      submittedAt: string;
      torId: string;
      /** @description Null once the ToR is no longer known here. */
      torTitle: string | null;
    };
    OwnApplicationListDto: {
      /** @description Newest first. */
      items: components['schemas']['OwnApplicationDto'][];
    };
    OwnProfileDto: {
      availability: components['schemas']['AvailabilityWindow'][];
      campaignId: string;
      consent: components['schemas']['MemberConsentDto'] | null;
      countryOfResidence: string;
      email: string;
      firstName: string;
      gender: string | null;
      /** @description Whether a CV is stored (never the CV itself). */
      hasCv: boolean;
      languages: string[];
      lastName: string;
      memberId: string;
      phone: string | null;
      /** @description Highest first. */
      qualifications: components['schemas']['QualificationDto'][];
      registeredAt: string;
      subjects: string[];
      yearsOfExperience: number;
    };
    PanelDto: {
      /** @description Hide applicants' names from reviewers (settled before publication). */
      blind: boolean;
      /** @description The TWG members who review this ToR's applications. */
      reviewers: components['schemas']['ReviewerDto'][];
    };
    PanelViewDto: {
      blind: boolean;
      reviewers: components['schemas']['ReviewerDto'][];
    };
    PartnerDto: {
      /**
       * @description What kind of organisation co-runs the campaign.
       * @enum {string}
       */
      kind: 'embassy' | 'association' | 'other';
      /**
       * @description Its name, as shown on the public page.
       * @example Embassy of Rwanda in Brussels
       */
      name: string;
    };
    PasswordResetRequestDto: {
      /** Format: email */
      email: string;
    };
    Period: Record<string, never>;
    Problem: {
      /** @description Stable and dotted (`campaign.not_found`): clients switch on it. */
      code: string;
      /** @description Names the request in every log line it caused. */
      correlationId?: string;
      /** @description `request.invalid`: each field refused. */
      errors?: string[];
      /** @description The path that was called. */
      instance: string;
      /** @description The HTTP status. */
      status: number;
      /** @description What happened, for a person. */
      title: string;
      /** @description Always `about:blank`: `code` says what happened. */
      type: string;
    };
    PublicCampaignDto: {
      channels: ('embassy' | 'event' | 'email' | 'social-media' | 'diaspora-association')[];
      country?: string;
      description: string | null;
      endsOn?: string;
      name: string;
      partner?: components['schemas']['PartnerDto'];
      slug?: string;
      startsOn?: string;
      /**
       * @description A closed campaign's page says so and takes no registration.
       * @enum {string}
       */
      status: 'live' | 'closed';
      subjects: string[];
    };
    PublicTorDto: {
      description: string;
      durationMonths: number;
      experts: number;
      id: string;
      /** @description The host IPRC's code. */
      iprc: string;
      period: components['schemas']['Period'];
      requirements: components['schemas']['RequirementsDto'];
      subject: string;
      title: string;
    };
    PublicTorListDto: {
      /** @description By start date, then title. */
      items: components['schemas']['PublicTorDto'][];
    };
    QualificationDto: {
      /** @description Field of study, in the registrant's words, e.g. `Electrical engineering`. */
      field: string;
      /** @description Institution that awarded it. */
      institution: string;
      /**
       * @description Level of the qualification.
       * @enum {string}
       */
      level: 'certificate' | 'diploma' | 'bachelor' | 'master' | 'doctorate';
      /** @description Year obtained. */
      year: number;
    };
    RegisterDto: {
      /** @description When the registrant could be in Rwanda (0–12 windows of `YYYY-MM-DD` days). */
      availability: components['schemas']['AvailabilityWindow'][];
      /** @description Slug of the campaign whose link brought the registrant. */
      campaign: string;
      /**
       * @description Channel of that link; must be one of the campaign's.
       * @enum {string}
       */
      channel: 'embassy' | 'event' | 'email' | 'social-media' | 'diaspora-association';
      /** @description The consent answers, per purpose. */
      consent: components['schemas']['ConsentDto'];
      /**
       * @description Country the registrant lives in (ISO 3166-1 alpha-2).
       * @enum {string}
       */
      countryOfResidence: 'BE' | 'DE';
      /**
       * Format: uuid
       * @description A CV uploaded before with `POST /public/cvs`.
       */
      cvId?: string;
      /**
       * Format: email
       * @description Where the verification link goes; one member per address (case does not matter).
       */
      email: string;
      firstName: string;
      /**
       * @description Gender, a code of the programme's list, only if the registrant chooses to say; for balance figures only.
       * @enum {string}
       */
      gender?: 'woman' | 'man' | 'other' | 'prefer-not-to-say';
      /**
       * @description Languages the registrant can train in, ISO 639-1 (`en`, `fr`, `de`, `rw`…), 1–20.
       * @example [
       *       "rw",
       *       "fr"
       *     ]
       */
      languages: string[];
      lastName: string;
      /**
       * @description Language of the form, and of the verification e-mail.
       * @enum {string}
       */
      locale: 'en' | 'fr' | 'de' | 'rw';
      /** @description Phone number, international format preferred, e.g. `+32 470 12 34 56`. */
      phone?: string;
      /** @description One to five qualifications, highest first. */
      qualifications: components['schemas']['QualificationDto'][];
      /** @description When the form was opened (ISO 8601 date-time), as the page recorded it. */
      startedAt: string;
      /** @description TVET subjects the registrant could teach, as they name them (1–20). */
      subjects: string[];
      /** @description Leave empty: a field people do not see (a trap for bots). */
      website?: string;
      /** @description Whole years of professional experience. */
      yearsOfExperience: number;
    };
    RegistrationAcceptedDto: {
      /** @enum {string} */
      status: 'verification-sent';
    };
    RegistrationVerifiedDto: {
      memberId: string;
      /**
       * @description A new member, or the member of that address updated.
       * @enum {string}
       */
      outcome: 'registered' | 'updated';
    };
    RequestLinkDto: {
      /**
       * Format: email
       * @description The address the member registered with; a link to their profile is sent there if it is a member's.
       */
      email: string;
    };
    RequirementsDto: {
      /**
       * @description Languages to train in (ISO 639-1).
       * @example [
       *       "en",
       *       "fr"
       *     ]
       */
      languages: string[];
      /**
       * @description Fields of qualification sought, as keywords; any one fits. Empty: any field.
       * @example [
       *       "electrical",
       *       "energy"
       *     ]
       */
      qualificationFields: string[];
      /**
       * @description Lowest qualification level that fits.
       * @enum {string}
       */
      qualificationLevel: 'certificate' | 'diploma' | 'bachelor' | 'master' | 'doctorate';
      /** @description Years of professional experience required. */
      yearsOfExperience: number;
    };
    ReviewerDto: {
      /** @description The reviewer's account id (`GET /reviewers` at the gateway lists TWG members). */
      id: string;
      name: string;
    };
    ReviewerListDto: {
      /** @description Active accounts with the `twg-member` role, by name. */
      items: components['schemas']['ReviewerDto'][];
    };
    RuleResultDto: {
      /** @description In words, what was required and what the application has. */
      detail: string;
      passed: boolean;
      /** @description The rule, e.g. `country`, `language`. */
      rule: string;
    };
    ScorecardDto: {
      comment?: string;
      /**
       * @description Criterion code → a whole number from 1 to 5, for every criterion of the ToR.
       * @example {
       *       "technical-expertise": 4
       *     }
       */
      scores: {
        [key: string]: number;
      };
    };
    ScreeningDto: {
      eligible: boolean;
      /** @description Every rule, passed or not. */
      results: components['schemas']['RuleResultDto'][];
    };
    SessionDto: {
      /** @description Bearer token for the API, valid until `expiresAt`; keep it in memory, not in storage. */
      accessToken: string;
      expiresAt: string;
      user: components['schemas']['UserDto'];
    };
    SetPasswordDto: {
      /** @description 12 to 128 characters; not the e-mail address. */
      password: string;
      /** @description The token from the e-mailed link. */
      token: string;
    };
    SignInDto: {
      /**
       * Format: email
       * @example officer@iom.int
       */
      email: string;
      password: string;
    };
    StaffErasureCertificateDto: {
      certificateId: string;
      /** @description Every holder confirmed. */
      complete: boolean;
      confirmations: components['schemas']['ErasureConfirmationDto'][];
      memberId: string;
      note: string | null;
      /** @enum {string} */
      reason: 'consent-withdrawn' | 'request';
      requestedAt: string;
      requestedBy: components['schemas']['ErasureRequesterDto'];
    };
    TorDto: {
      closingReason?: string;
      criteria: components['schemas']['CriterionDto'][];
      description: string;
      durationMonths: number;
      eligibility: components['schemas']['EligibilityDto'];
      experts: number;
      id: string;
      /** @description The host IPRC's code. */
      iprc: string;
      matchWeights: components['schemas']['MatchWeightsDto'];
      panel: components['schemas']['PanelViewDto'];
      period: components['schemas']['Period'];
      requirements: components['schemas']['RequirementsDto'];
      /** @enum {string} */
      status: 'draft' | 'approved' | 'published' | 'closed';
      subject: string;
      title: string;
      trail: components['schemas']['AuditEntryDto'][];
      version: number;
    };
    TorListDto: {
      /** @description Newest draft first. */
      items: components['schemas']['TorSummaryDto'][];
    };
    TorSummaryDto: {
      closingReason?: string;
      criteria: components['schemas']['CriterionDto'][];
      description: string;
      /** @description When it was drafted; null for a ToR with no trail. */
      draftedAt: string | null;
      durationMonths: number;
      eligibility: components['schemas']['EligibilityDto'];
      experts: number;
      id: string;
      iprc: string;
      matchWeights: components['schemas']['MatchWeightsDto'];
      panel: components['schemas']['PanelViewDto'];
      period: components['schemas']['Period'];
      requirements: components['schemas']['RequirementsDto'];
      /** @enum {string} */
      status: 'draft' | 'approved' | 'published' | 'closed';
      subject: string;
      title: string;
    };
    UpdateCampaignDto: {
      /** @description Channels it is shared through, each with its own link; at least one, no repeats. */
      channels?: ('event' | 'email' | 'social-media' | 'diaspora-association' | 'embassy')[];
      /**
       * @description Country where it reaches people (ISO 3166-1 alpha-2): one of the programme's offices abroad.
       * @enum {string}
       */
      country?: 'BE' | 'DE';
      /** @description What the public page says about it. */
      description?: string;
      /**
       * Format: date
       * @description Last day (included), `YYYY-MM-DD`, not before the campaign's `startsOn`.
       */
      endsOn?: string;
      /**
       * @description Public name of the campaign.
       * @example Brussels diaspora forum 2027
       */
      name?: string;
      /** @description The organisation that co-runs it. */
      partner?: components['schemas']['PartnerDto'];
      /**
       * Format: date
       * @description First day, `YYYY-MM-DD`.
       * @example 2027-03-01
       */
      startsOn?: string;
      /**
       * @description The ToRs or TVET subjects it seeks, as shown on its public page: 1 to 20.
       * @example [
       *       "Mechatronics",
       *       "Solar installation"
       *     ]
       */
      subjects?: string[];
    };
    UpdateProfileDto: {
      /** @description When the member could be in Rwanda; empty when they do not say. */
      availability: components['schemas']['AvailabilityWindow'][];
      /** @description A change of the optional consent; the programme consent is withdrawn with `POST …/withdraw`. */
      consent?: components['schemas']['ConsentChangeDto'];
      /**
       * @description Country of residence, ISO 3166-1 alpha-2.
       * @enum {string}
       */
      countryOfResidence: 'BE' | 'DE';
      /**
       * @description Gender, a code of the programme's list, if the member chooses to say (only for balance figures).
       * @enum {string|null}
       */
      gender?: 'woman' | 'man' | 'other' | 'prefer-not-to-say' | null;
      /**
       * @description Languages the member can train in, ISO 639-1 codes.
       * @example [
       *       "en",
       *       "fr",
       *       "rw"
       *     ]
       */
      languages: string[];
      /** @description Phone number, international form preferred (`+32 …`). */
      phone?: string;
      /** @description Qualifications, highest first. */
      qualifications: components['schemas']['QualificationDto'][];
      /** @description TVET subjects the member could teach. */
      subjects: string[];
      /** @description Whole years of professional experience. */
      yearsOfExperience: number;
    };
    UpdateTorDto: {
      /** @description The panel's scorecard; the programme's default criteria when left out. */
      criteria?: components['schemas']['CriterionDto'][];
      /** @description What the expert will do, from the needs assessment. */
      description?: string;
      /** @description How long one expert stays: 1 to 6 months. */
      durationMonths?: number;
      /** @description Which eligibility rules apply; the programme's defaults when left out. */
      eligibility?: components['schemas']['EligibilityDto'];
      /** @description How many experts the ToR asks for. */
      experts?: number;
      /** @description Weights of the match's parts; the programme's defaults when left out. */
      matchWeights?: components['schemas']['MatchWeightsDto'];
      /** @description The window within which each placement falls. */
      period?: components['schemas']['Period'];
      requirements?: components['schemas']['RequirementsDto'];
      /** @description The priority TVET subject, e.g. `Renewable energy`. */
      subject?: string;
      title?: string;
    };
    UpdateUserDto: {
      /** @enum {string|null} */
      iprc?: 'KGL' | 'HYE' | 'MSZ' | 'TMB' | 'NGM' | 'KRG' | 'KTB' | 'GSH' | null;
      name?: string;
      /**
       * @description Office scope; `null` removes it.
       * @enum {string|null}
       */
      office?: 'BE' | 'DE' | 'RW' | null;
      roles?: (
        | 'admin'
        | 'programme-manager'
        | 'outreach-officer'
        | 'twg-member'
        | 'iprc-focal-point'
        | 'trainer'
        | 'trainee'
        | 'investor'
        | 'auditor'
      )[];
      /**
       * @description Disable to close the account (its sessions end), or enable it again.
       * @enum {string}
       */
      status?: 'active' | 'disabled';
    };
    UserDto: {
      createdAt: string;
      email: string;
      id: string;
      /** @description IPRC scope of a focal point: a code of the programme's `host.institutions`. */
      iprc?: string;
      name: string;
      /** @description Office scope of an outreach officer: a code of the programme's `offices`. */
      office?: string;
      /** @description admin, programme-manager, outreach-officer, twg-member, iprc-focal-point, trainer, trainee, investor, auditor */
      roles: string[];
      /** @enum {string} */
      status: 'invited' | 'active' | 'disabled';
    };
    UserListDto: {
      /** @description By name. */
      items: components['schemas']['UserDto'][];
    };
    VerifyRegistrationDto: {
      /** @description The `token` of the e-mailed link. */
      token: string;
    };
    WithdrawalDto: {
      certificateId: string;
      /** @description The certificate's page, for the person: it names no one. */
      certificateUrl: string;
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
  ApplicationsController_get: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReviewController_decide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecisionDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReviewController_declare: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclarationDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReviewController_note: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NoteDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReviewController_score: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScorecardDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReviewController_shortlist: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  AuthController_acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetPasswordDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignInDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
    };
  };
  MemberTokenController_exchange: {
    parameters: {
      query?: never;
      header: {
        /** @description The token of the link e-mailed by `POST /public/self-service/link`. */
        'x-member-token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberTokenDto'];
        };
      };
      /** @description `member_token.invalid`: the link is not valid or has expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_requestPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetRequestDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_confirmPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetPasswordDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'];
        };
      };
    };
  };
  BalanceController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CampaignsController_list: {
    parameters: {
      query?: {
        /** @description An outreach officer sees their own office's campaigns whatever this says. */
        office?: 'BE' | 'DE';
        status?: 'draft' | 'live' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignListDto'];
        };
      };
    };
  };
  CampaignsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCampaignDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignDto'];
        };
      };
    };
  };
  CampaignsController_get: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignDto'];
        };
      };
    };
  };
  CampaignsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCampaignDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignDto'];
        };
      };
    };
  };
  CampaignsController_close: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignDto'];
        };
      };
    };
  };
  FunnelController_get: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FunnelDto'];
        };
      };
    };
  };
  CampaignsController_launch: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignDto'];
        };
      };
    };
  };
  CampaignFiguresController_byOffice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Office code → campaigns launched. */
            launched: {
              [key: string]: number;
            };
          };
        };
      };
    };
  };
  MemberFiguresController_byOffice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: {
              /** @description Channel → members registered through it. */
              byChannel: {
                [key: string]: number;
              };
              /** @description Members who verified their e-mail. */
              registered: number;
            };
          };
        };
      };
    };
  };
  ImportsController_apply: {
    parameters: {
      query: {
        /** @description The campaign the list's people are imported into (its office follows them). */
        campaignId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description UTF-8 CSV with the header firstName,lastName,email,phone,countryOfResidence,qualificationLevel,qualificationField,institution,qualificationYear,subjects,yearsOfExperience,languages,gender (phone and gender may be left out; subjects and languages separated by ";"). */
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResult'];
        };
      };
    };
  };
  ImportsController_dryRun: {
    parameters: {
      query: {
        /** @description The campaign the list's people are imported into (its office follows them). */
        campaignId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description UTF-8 CSV with the header firstName,lastName,email,phone,countryOfResidence,qualificationLevel,qualificationField,institution,qualificationYear,subjects,yearsOfExperience,languages,gender (phone and gender may be left out; subjects and languages separated by ";"). */
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportReport'];
        };
      };
    };
  };
  MemberApplicationsController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnApplicationListDto'];
        };
      };
    };
  };
  MemberApplicationsController_apply: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApplyDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnApplicationDto'];
        };
      };
    };
  };
  MembersController_search: {
    parameters: {
      query: {
        campaignId?: string;
        channel?: 'embassy' | 'event' | 'email' | 'social-media' | 'diaspora-association' | 'mapping-import';
        countryOfResidence?: 'BE' | 'DE';
        /** @description The office that follows the member; an outreach officer always gets their own, whatever is asked. */
        office?: 'BE' | 'DE';
        /** @description From 1. */
        page: number;
        pageSize: number;
        /** @description Part of the first name, last name or e-mail, any case. */
        q?: string;
        /** @description Level of the member's highest qualification. */
        qualificationLevel?: 'certificate' | 'diploma' | 'bachelor' | 'master' | 'doctorate';
        status?: 'registered' | 'pending' | 'imported';
        /** @description One of the member's subjects, exactly but in any case. */
        subject?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberPageDto'];
        };
      };
    };
  };
  MembersController_profile: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberProfileDto'];
        };
      };
    };
  };
  ErasureController_certificate: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffErasureCertificateDto'];
        };
      };
    };
  };
  ErasureController_erase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EraseMemberDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffErasureCertificateDto'];
        };
      };
    };
  };
  MembersController_export: {
    parameters: {
      query?: {
        campaignId?: string;
        channel?: 'embassy' | 'event' | 'email' | 'social-media' | 'diaspora-association' | 'mapping-import';
        countryOfResidence?: 'BE' | 'DE';
        /** @description The office that follows the member; an outreach officer always gets their own, whatever is asked. */
        office?: 'BE' | 'DE';
        /** @description Part of the first name, last name or e-mail, any case. */
        q?: string;
        /** @description Level of the member's highest qualification. */
        qualificationLevel?: 'certificate' | 'diploma' | 'bachelor' | 'master' | 'doctorate';
        status?: 'registered' | 'pending' | 'imported';
        /** @description One of the member's subjects, exactly but in any case. */
        subject?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
    };
  };
  ProgrammeController_definition: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of a copy the client holds */
        'if-none-match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The programme definition */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            checklists: {
              placement: {
                dueDays: number;
                key: string;
                notNeededForPassports?: string[];
                ownerRole: string;
                title: string;
              }[];
              trainingCertificate: {
                minAttendanceShare: number;
                minPostTestScore: number;
              };
            };
            currencies: string[];
            genders: {
              aliases?: string[];
              code: string;
              name: string;
              notStated?: boolean;
            }[];
            host: {
              country: string;
              institutionKind: string;
              institutions: {
                code: string;
                district: string;
                name: string;
                province: string;
              }[];
              name: string;
            };
            id: string;
            languages: {
              public: string[];
              staff: string[];
              training: string[];
            };
            name: string;
            offices: {
              abroad: boolean;
              code: string;
              country: string;
              name: string;
            }[];
            subjects: {
              code: string;
              name: string;
            }[];
            targets: {
              awards: number;
              institutions: number;
              months: number;
              professionals: number;
            };
          };
        };
      };
      /** @description The copy the client holds is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PublicCampaignsController_page: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicCampaignDto'];
        };
      };
    };
  };
  PublicFunnelController_start: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FunnelStepDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PublicFunnelController_visit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FunnelStepDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CvsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/pdf': string;
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `cv.too_many`: this client address uploaded its CVs for the day */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ErasureController_publicCertificate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        certificateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasureCertificateDto'];
        };
      };
    };
  };
  RegistrationsController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistrationAcceptedDto'];
        };
      };
    };
  };
  RegistrationsController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerifyRegistrationDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistrationVerifiedDto'];
        };
      };
    };
  };
  SelfServiceController_requestLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestLinkDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SelfServiceController_profile: {
    parameters: {
      query?: never;
      header: {
        /** @description The token of the link e-mailed by `POST /public/self-service/link`. */
        'x-member-token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnProfileDto'];
        };
      };
    };
  };
  SelfServiceController_update: {
    parameters: {
      query?: never;
      header: {
        /** @description The token of the link e-mailed by `POST /public/self-service/link`. */
        'x-member-token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProfileDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnProfileDto'];
        };
      };
    };
  };
  OpenTorsController_list: {
    parameters: {
      query?: never;
      header: {
        /** @description The e-mailed link token. */
        'x-member-token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenTorListDto'];
        };
      };
    };
  };
  SelfServiceController_withdraw: {
    parameters: {
      query?: never;
      header: {
        /** @description The token of the link e-mailed by `POST /public/self-service/link`. */
        'x-member-token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WithdrawalDto'];
        };
      };
    };
  };
  PublicTorsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicTorListDto'];
        };
      };
    };
  };
  ReviewersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewerListDto'];
        };
      };
    };
  };
  TorsController_list: {
    parameters: {
      query?: {
        iprc?: 'KGL' | 'HYE' | 'MSZ' | 'TMB' | 'NGM' | 'KRG' | 'KTB' | 'GSH';
        status?: 'draft' | 'approved' | 'published' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TorListDto'];
        };
      };
    };
  };
  TorsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTorDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TorDto'];
        };
      };
    };
  };
  TorsController_get: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TorDto'];
        };
      };
    };
  };
  TorsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTorDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TorDto'];
        };
      };
    };
  };
  ApplicationsController_forTor: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TorsController_approve: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TorDto'];
        };
      };
    };
  };
  TorsController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseTorDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TorDto'];
        };
      };
    };
  };
  TorsController_panel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PanelDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TorDto'];
        };
      };
    };
  };
  TorsController_publish: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TorDto'];
        };
      };
    };
  };
  ReportController_get: {
    parameters: {
      query?: {
        format?: 'json' | 'csv';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
          'text/csv': Record<string, never>;
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserListDto'];
        };
      };
    };
  };
  UsersController_invite: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InviteUserDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitedUserDto'];
        };
      };
    };
  };
  UsersController_get: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
    };
  };
  UsersController_resendInvitation: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationSentDto'];
        };
      };
    };
  };
  UsersController_revokeSessions: {
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
      /** @description The request was refused: see `code`. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The platform or a service failed: see `code` (`upstream.*`: whether it was applied). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
type FlattenedDeepRequired<T> = {
  [K in keyof T]-?: FlattenedDeepRequired<
    T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]
  >;
};
type ReadonlyArray<T> = [Exclude<T, undefined>] extends [unknown[]]
  ? Readonly<Exclude<T, undefined>>
  : Readonly<Exclude<T, undefined>[]>;
export const pathsApiV1CampaignsGetParametersQueryOfficeValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/campaigns']['get']['parameters']['query']['office']
> = ['BE', 'DE'];
export const pathsApiV1CampaignsGetParametersQueryStatusValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/campaigns']['get']['parameters']['query']['status']
> = ['draft', 'live', 'closed'];
export const pathsApiV1MembersGetParametersQueryChannelValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/members']['get']['parameters']['query']['channel']
> = ['embassy', 'event', 'email', 'social-media', 'diaspora-association', 'mapping-import'];
export const pathsApiV1MembersGetParametersQueryCountryOfResidenceValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/members']['get']['parameters']['query']['countryOfResidence']
> = ['BE', 'DE'];
export const pathsApiV1MembersGetParametersQueryOfficeValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/members']['get']['parameters']['query']['office']
> = ['BE', 'DE'];
export const pathsApiV1MembersGetParametersQueryQualificationLevelValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/members']['get']['parameters']['query']['qualificationLevel']
> = ['certificate', 'diploma', 'bachelor', 'master', 'doctorate'];
export const pathsApiV1MembersGetParametersQueryStatusValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/members']['get']['parameters']['query']['status']
> = ['registered', 'pending', 'imported'];
export const pathsApiV1MembersExportGetParametersQueryChannelValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/members/export']['get']['parameters']['query']['channel']
> = ['embassy', 'event', 'email', 'social-media', 'diaspora-association', 'mapping-import'];
export const pathsApiV1MembersExportGetParametersQueryCountryOfResidenceValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/members/export']['get']['parameters']['query']['countryOfResidence']
> = ['BE', 'DE'];
export const pathsApiV1MembersExportGetParametersQueryOfficeValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/members/export']['get']['parameters']['query']['office']
> = ['BE', 'DE'];
export const pathsApiV1MembersExportGetParametersQueryQualificationLevelValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/members/export']['get']['parameters']['query']['qualificationLevel']
> = ['certificate', 'diploma', 'bachelor', 'master', 'doctorate'];
export const pathsApiV1MembersExportGetParametersQueryStatusValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/members/export']['get']['parameters']['query']['status']
> = ['registered', 'pending', 'imported'];
export const pathsApiV1TorsGetParametersQueryIprcValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/tors']['get']['parameters']['query']['iprc']
> = ['KGL', 'HYE', 'MSZ', 'TMB', 'NGM', 'KRG', 'KTB', 'GSH'];
export const pathsApiV1TorsGetParametersQueryStatusValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/tors']['get']['parameters']['query']['status']
> = ['draft', 'approved', 'published', 'closed'];
export const pathsApiV1TorsIdReportGetParametersQueryFormatValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/tors/{id}/report']['get']['parameters']['query']['format']
> = ['json', 'csv'];
export const campaignDtoChannelsValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CampaignDto']['channels']
> = ['embassy', 'event', 'email', 'social-media', 'diaspora-association'];
export const campaignDtoStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CampaignDto']['status']
> = ['draft', 'live', 'closed'];
export const campaignSummaryDtoChannelsValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CampaignSummaryDto']['channels']
> = ['embassy', 'event', 'email', 'social-media', 'diaspora-association'];
export const campaignSummaryDtoStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CampaignSummaryDto']['status']
> = ['draft', 'live', 'closed'];
export const closeTorDtoReasonValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CloseTorDto']['reason']
> = ['deadline-passed', 'filled', 'withdrawn'];
export const createCampaignDtoChannelsValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CreateCampaignDto']['channels']
> = ['event', 'email', 'social-media', 'diaspora-association', 'embassy'];
export const createCampaignDtoCountryValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CreateCampaignDto']['country']
> = ['BE', 'DE'];
export const createCampaignDtoOfficeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CreateCampaignDto']['office']
> = ['BE', 'DE'];
export const createTorDtoIprcValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CreateTorDto']['iprc']
> = ['KGL', 'HYE', 'MSZ', 'TMB', 'NGM', 'KRG', 'KTB', 'GSH'];
export const decisionDtoOutcomeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['DecisionDto']['outcome']
> = ['selected', 'reserve', 'rejected'];
export const eligibilityDtoCountriesValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['EligibilityDto']['countries']
> = ['BE', 'DE'];
export const eraseMemberDtoReasonValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['EraseMemberDto']['reason']
> = ['consent-withdrawn', 'request'];
export const erasureCertificateDtoReasonValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ErasureCertificateDto']['reason']
> = ['consent-withdrawn', 'request'];
export const erasureConfirmationDtoStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ErasureConfirmationDto']['status']
> = ['confirmed', 'waiting'];
export const funnelStepDtoChannelValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FunnelStepDto']['channel']
> = ['embassy', 'event', 'email', 'social-media', 'diaspora-association'];
export const invitedUserDtoStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['InvitedUserDto']['status']
> = ['invited', 'active', 'disabled'];
export const inviteUserDtoIprcValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['InviteUserDto']['iprc']
> = ['KGL', 'HYE', 'MSZ', 'TMB', 'NGM', 'KRG', 'KTB', 'GSH'];
export const inviteUserDtoOfficeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['InviteUserDto']['office']
> = ['BE', 'DE', 'RW'];
export const inviteUserDtoRolesValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['InviteUserDto']['roles']
> = [
  'admin',
  'programme-manager',
  'outreach-officer',
  'twg-member',
  'iprc-focal-point',
  'trainer',
  'trainee',
  'investor',
  'auditor',
];
export const memberListItemDtoStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['MemberListItemDto']['status']
> = ['registered', 'pending', 'imported', 'erased'];
export const memberProfileDtoLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['MemberProfileDto']['locale']
> = ['en', 'fr', 'de', 'rw'];
export const memberProfileDtoStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['MemberProfileDto']['status']
> = ['registered', 'pending', 'imported', 'erased'];
export const ownApplicationDtoStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['OwnApplicationDto']['status']
> = ['ineligible', 'eligible', 'shortlisted', 'selected', 'reserve', 'rejected'];
export const partnerDtoKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PartnerDto']['kind']
> = ['embassy', 'association', 'other'];
export const publicCampaignDtoChannelsValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PublicCampaignDto']['channels']
> = ['embassy', 'event', 'email', 'social-media', 'diaspora-association'];
export const publicCampaignDtoStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PublicCampaignDto']['status']
> = ['live', 'closed'];
export const qualificationDtoLevelValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['QualificationDto']['level']
> = ['certificate', 'diploma', 'bachelor', 'master', 'doctorate'];
export const registerDtoChannelValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RegisterDto']['channel']
> = ['embassy', 'event', 'email', 'social-media', 'diaspora-association'];
export const registerDtoCountryOfResidenceValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RegisterDto']['countryOfResidence']
> = ['BE', 'DE'];
export const registerDtoGenderValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RegisterDto']['gender']
> = ['woman', 'man', 'other', 'prefer-not-to-say'];
export const registerDtoLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RegisterDto']['locale']
> = ['en', 'fr', 'de', 'rw'];
export const registrationAcceptedDtoStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RegistrationAcceptedDto']['status']
> = ['verification-sent'];
export const registrationVerifiedDtoOutcomeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RegistrationVerifiedDto']['outcome']
> = ['registered', 'updated'];
export const requirementsDtoQualificationLevelValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RequirementsDto']['qualificationLevel']
> = ['certificate', 'diploma', 'bachelor', 'master', 'doctorate'];
export const staffErasureCertificateDtoReasonValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['StaffErasureCertificateDto']['reason']
> = ['consent-withdrawn', 'request'];
export const torDtoStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TorDto']['status']
> = ['draft', 'approved', 'published', 'closed'];
export const torSummaryDtoStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TorSummaryDto']['status']
> = ['draft', 'approved', 'published', 'closed'];
export const updateCampaignDtoChannelsValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UpdateCampaignDto']['channels']
> = ['event', 'email', 'social-media', 'diaspora-association', 'embassy'];
export const updateCampaignDtoCountryValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UpdateCampaignDto']['country']
> = ['BE', 'DE'];
export const updateProfileDtoCountryOfResidenceValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UpdateProfileDto']['countryOfResidence']
> = ['BE', 'DE'];
export const updateUserDtoRolesValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UpdateUserDto']['roles']
> = [
  'admin',
  'programme-manager',
  'outreach-officer',
  'twg-member',
  'iprc-focal-point',
  'trainer',
  'trainee',
  'investor',
  'auditor',
];
export const updateUserDtoStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UpdateUserDto']['status']
> = ['active', 'disabled'];
export const userDtoStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UserDto']['status']
> = ['invited', 'active', 'disabled'];
