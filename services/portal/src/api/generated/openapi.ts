// Generated from docs/openapi.json by services/portal/scripts/generate-api-types.ts: do not edit.
export interface paths {
  '/api/v1/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Allowed: admin, programme-manager, twg-member, auditor. */
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
    /** @description Allowed: programme-manager. */
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
    /** @description Allowed: twg-member. */
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
    /** @description Allowed: programme-manager, twg-member. */
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
    /** @description Allowed: twg-member. */
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
    /** @description Allowed: programme-manager. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: any signed-in user. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: admin, programme-manager, twg-member, iprc-focal-point, auditor. */
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
    /** @description Allowed: admin, programme-manager, outreach-officer, auditor. */
    get: operations['CampaignsController_list'];
    put?: never;
    /** @description Allowed: admin, programme-manager, outreach-officer. */
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
    /** @description Allowed: admin, programme-manager, outreach-officer, auditor. */
    get: operations['CampaignsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Allowed: admin, programme-manager, outreach-officer. */
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
    /** @description Allowed: admin, programme-manager, outreach-officer. */
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
    /** @description Allowed: admin, programme-manager, outreach-officer, auditor. */
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
    /** @description Allowed: admin, programme-manager, outreach-officer. */
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
    /** @description Allowed: admin, programme-manager, outreach-officer, auditor, twg-member. */
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
    /** @description Allowed: admin, programme-manager, outreach-officer, auditor, twg-member. */
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
    /** @description Allowed: admin, programme-manager, outreach-officer. */
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
    /** @description Allowed: admin, programme-manager, outreach-officer. */
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
    /** @description Allowed: member. */
    get: operations['MemberApplicationsController_mine'];
    put?: never;
    /** @description Allowed: member. */
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
    /** @description Allowed: admin, programme-manager, outreach-officer, auditor. */
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
    /** @description Allowed: admin, programme-manager, outreach-officer, auditor. */
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
    /** @description Allowed: admin, programme-manager, auditor. */
    get: operations['ErasureController_certificate'];
    put?: never;
    /** @description Allowed: admin, programme-manager. */
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
    /** @description Allowed: admin, programme-manager, outreach-officer. */
    get: operations['MembersController_export'];
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
    get: operations['SelfServiceController_profile'];
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: public. */
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
    /** @description Allowed: programme-manager. */
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
    /** @description Allowed: admin, programme-manager, twg-member, iprc-focal-point, auditor. */
    get: operations['TorsController_list'];
    put?: never;
    /** @description Allowed: programme-manager, iprc-focal-point. */
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
    /** @description Allowed: admin, programme-manager, twg-member, iprc-focal-point, auditor. */
    get: operations['TorsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Allowed: programme-manager, iprc-focal-point. */
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
    /** @description Allowed: admin, programme-manager, twg-member, auditor. */
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
    /** @description Allowed: programme-manager. */
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
    /** @description Allowed: programme-manager. */
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
    /** @description Allowed: programme-manager. */
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
    /** @description Allowed: programme-manager. */
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
    /** @description Allowed: admin, programme-manager, auditor. */
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
    /** @description Allowed: admin. */
    get: operations['UsersController_list'];
    put?: never;
    /** @description Allowed: admin. */
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
    /** @description Allowed: admin. */
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
    /** @description Allowed: admin. */
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
    /** @description Allowed: admin. */
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
    ApplyDto: Record<string, never>;
    AvailabilityWindow: Record<string, never>;
    CloseTorDto: {
      /** @enum {string} */
      reason: 'deadline-passed' | 'filled' | 'withdrawn';
    };
    ConsentDto: {
      programme: boolean;
    };
    CreateCampaignDto: {
      channels: ('event' | 'email' | 'social-media' | 'diaspora-association' | 'embassy')[];
      /** @enum {string} */
      country: 'BE' | 'DE';
      description?: string;
      /**
       * Format: date
       * @example 2027-04-30
       */
      endsOn: string;
      /** @example Brussels diaspora forum 2027 */
      name: string;
      /** @enum {string} */
      office: 'BE' | 'DE';
      partner: components['schemas']['PartnerDto'];
      /**
       * Format: date
       * @example 2027-03-01
       */
      startsOn: string;
      /**
       * @example [
       *       "Mechatronics",
       *       "Solar installation"
       *     ]
       */
      subjects: string[];
    };
    CreateTorDto: {
      criteria?: components['schemas']['CriterionDto'][];
      eligibility?: components['schemas']['EligibilityDto'];
      /** @enum {string} */
      iprc: 'KGL' | 'HYE' | 'MSZ' | 'TMB' | 'NGM' | 'KRG' | 'KTB' | 'GSH';
      matchWeights?: components['schemas']['MatchWeightsDto'];
      period: components['schemas']['Period'];
    };
    CriterionDto: Record<string, never>;
    DecisionDto: {
      /** @enum {string} */
      outcome: 'selected' | 'reserve' | 'rejected';
      placement?: components['schemas']['Period'];
    };
    DeclarationDto: Record<string, never>;
    EligibilityDto: {
      countries: ('BE' | 'DE')[];
    };
    EraseMemberDto: Record<string, never>;
    FunnelStepDto: {
      /** @enum {string} */
      channel: 'event' | 'email' | 'social-media' | 'diaspora-association' | 'embassy';
    };
    InviteUserDto: {
      /** @enum {string} */
      iprc?: 'KGL' | 'HYE' | 'MSZ' | 'TMB' | 'NGM' | 'KRG' | 'KTB' | 'GSH';
      /** @enum {string} */
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
    MatchWeightsDto: Record<string, never>;
    MemberTokenDto: Record<string, never>;
    NoteDto: Record<string, never>;
    PanelDto: {
      reviewers: components['schemas']['ReviewerDto'][];
    };
    PartnerDto: {
      /** @enum {string} */
      kind: 'embassy' | 'association' | 'other';
      /** @example Embassy of Rwanda in Brussels */
      name: string;
    };
    PasswordResetRequestDto: Record<string, never>;
    Period: Record<string, never>;
    QualificationDto: {
      /** @enum {string} */
      level: 'certificate' | 'diploma' | 'bachelor' | 'master' | 'doctorate';
    };
    RegisterDto: {
      availability: components['schemas']['AvailabilityWindow'][];
      /** @enum {string} */
      channel: 'event' | 'email' | 'social-media' | 'diaspora-association' | 'embassy';
      consent: components['schemas']['ConsentDto'];
      /** @enum {string} */
      countryOfResidence: 'BE' | 'DE';
      /**
       * @example [
       *       "rw",
       *       "fr"
       *     ]
       */
      languages: string[];
      /** @enum {string} */
      locale: 'en' | 'fr' | 'de' | 'rw';
      qualifications: components['schemas']['QualificationDto'][];
      subjects: string[];
    };
    RequestLinkDto: Record<string, never>;
    ReviewerDto: Record<string, never>;
    ReviewerListDto: Record<string, never>;
    ScorecardDto: {
      /**
       * @example {
       *       "technical-expertise": 4
       *     }
       */
      scores: {
        [key: string]: number;
      };
    };
    SessionDto: Record<string, never>;
    SetPasswordDto: Record<string, never>;
    SignInDto: {
      /** @example officer@iom.int */
      email: string;
      password: string;
    };
    UpdateCampaignDto: {
      channels?: ('event' | 'email' | 'social-media' | 'diaspora-association' | 'embassy')[];
      /** @enum {string} */
      country?: 'BE' | 'DE';
      description?: string;
      /** Format: date */
      endsOn?: string;
      /** @example Brussels diaspora forum 2027 */
      name?: string;
      partner?: components['schemas']['PartnerDto'];
      /**
       * Format: date
       * @example 2027-03-01
       */
      startsOn?: string;
      /**
       * @example [
       *       "Mechatronics",
       *       "Solar installation"
       *     ]
       */
      subjects?: string[];
    };
    UpdateProfileDto: {
      availability: components['schemas']['AvailabilityWindow'][];
      /** @enum {string} */
      countryOfResidence: 'BE' | 'DE';
      /**
       * @example [
       *       "en",
       *       "fr",
       *       "rw"
       *     ]
       */
      languages: string[];
      qualifications: components['schemas']['QualificationDto'][];
      subjects: string[];
    };
    UpdateTorDto: {
      criteria?: components['schemas']['CriterionDto'][];
      eligibility?: components['schemas']['EligibilityDto'];
      matchWeights?: components['schemas']['MatchWeightsDto'];
      period?: components['schemas']['Period'];
    };
    UpdateUserDto: {
      /** @enum {string|null} */
      iprc?: 'KGL' | 'HYE' | 'MSZ' | 'TMB' | 'NGM' | 'KRG' | 'KTB' | 'GSH' | null;
      /** @enum {string|null} */
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
      /** @enum {string} */
      status?: 'active' | 'disabled';
    };
    UserDto: Record<string, never>;
    VerifyRegistrationDto: Record<string, never>;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        office?: 'BE' | 'DE';
        status?: 'draft' | 'live' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImportsController_apply: {
    parameters: {
      query?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImportsController_dryRun: {
    parameters: {
      query?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MembersController_search: {
    parameters: {
      query?: {
        channel?: 'event' | 'email' | 'social-media' | 'diaspora-association' | 'embassy' | 'mapping-import';
        countryOfResidence?: 'BE' | 'DE';
        office?: 'BE' | 'DE';
        qualificationLevel?: 'certificate' | 'diploma' | 'bachelor' | 'master' | 'doctorate';
        status?: 'pending' | 'registered' | 'imported';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MembersController_export: {
    parameters: {
      query?: {
        channel?: 'event' | 'email' | 'social-media' | 'diaspora-association' | 'embassy' | 'mapping-import';
        countryOfResidence?: 'BE' | 'DE';
        office?: 'BE' | 'DE';
        qualificationLevel?: 'certificate' | 'diploma' | 'bachelor' | 'master' | 'doctorate';
        status?: 'pending' | 'registered' | 'imported';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
> = ['event', 'email', 'social-media', 'diaspora-association', 'embassy', 'mapping-import'];
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
> = ['pending', 'registered', 'imported'];
export const pathsApiV1MembersExportGetParametersQueryChannelValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/members/export']['get']['parameters']['query']['channel']
> = ['event', 'email', 'social-media', 'diaspora-association', 'embassy', 'mapping-import'];
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
> = ['pending', 'registered', 'imported'];
export const pathsApiV1TorsGetParametersQueryIprcValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/tors']['get']['parameters']['query']['iprc']
> = ['KGL', 'HYE', 'MSZ', 'TMB', 'NGM', 'KRG', 'KTB', 'GSH'];
export const pathsApiV1TorsGetParametersQueryStatusValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/tors']['get']['parameters']['query']['status']
> = ['draft', 'approved', 'published', 'closed'];
export const pathsApiV1TorsIdReportGetParametersQueryFormatValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/tors/{id}/report']['get']['parameters']['query']['format']
> = ['json', 'csv'];
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
export const funnelStepDtoChannelValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FunnelStepDto']['channel']
> = ['event', 'email', 'social-media', 'diaspora-association', 'embassy'];
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
export const partnerDtoKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PartnerDto']['kind']
> = ['embassy', 'association', 'other'];
export const qualificationDtoLevelValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['QualificationDto']['level']
> = ['certificate', 'diploma', 'bachelor', 'master', 'doctorate'];
export const registerDtoChannelValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RegisterDto']['channel']
> = ['event', 'email', 'social-media', 'diaspora-association', 'embassy'];
export const registerDtoCountryOfResidenceValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RegisterDto']['countryOfResidence']
> = ['BE', 'DE'];
export const registerDtoLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RegisterDto']['locale']
> = ['en', 'fr', 'de', 'rw'];
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
