/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a signed-in user or API key may do */
export type Role =
  /** administers users, rules, sharing bases and the audit log */
  | 'ADMIN'
  /** reads and explores across districts; decides nothing */
  | 'ANALYST'
  /** an API key running saved queries */
  | 'API_CLIENT'
  /** decides support flags of one municipality */
  | 'CASEWORKER'
  /** triages and reports the flags of one police district */
  | 'COORDINATOR'
  /** runs the municipal scan and oversees one municipality */
  | 'MUNICIPAL_ADMIN';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, role: Role, districtCode: string | null, municipalityCode: string | null, fullName: string | null, districtName: string | null, municipalityName: string | null } };

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { expiresAt: string, user: { username: string, role: Role, districtCode: string | null, municipalityCode: string | null, fullName: string | null, districtName: string | null, municipalityName: string | null } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ApprovalCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalCountQuery = { approvalQueue: Array<{ reportId: string }> };

export type PurposeReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type PurposeReasonsQuery = { purposeReasons: Array<string> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MeDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Me {
  me {
    username
    role
    districtCode
    municipalityCode
    fullName
    districtName
    municipalityName
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SignIn($username: String!, $password: String!) {
  signIn(username: $username, password: $password) {
    expiresAt
    user {
      username
      role
      districtCode
      municipalityCode
      fullName
      districtName
      municipalityName
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ApprovalCountDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ApprovalCount {
  approvalQueue {
    reportId
  }
}
    `) as unknown as TypedDocumentString<ApprovalCountQuery, ApprovalCountQueryVariables>;
export const PurposeReasonsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PurposeReasons {
  purposeReasons
}
    `) as unknown as TypedDocumentString<PurposeReasonsQuery, PurposeReasonsQueryVariables>;