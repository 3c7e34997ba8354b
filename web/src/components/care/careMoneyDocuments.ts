import { graphql } from '~/gql'

/* 关爱经费: allowance rolls, budgets, the year's report and the staff's grant application form. */
export const AllowanceRollsQuery = graphql(`
  query AllowanceRolls($year: Int, $after: String) {
    allowanceKinds {
      id
      code
      name
      basis
    }
    allowanceRolls(year: $year, first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        year
        state
        byCase
        kind {
          id
          name
        }
        totals {
          district
          level
          people
          amountYuan
        }
        lines(first: 1) {
          totalCount
        }
        viewerActionOptions {
          action
          refusals {
            code
            message
          }
        }
      }
    }
  }
`)

export const AllowanceRollGenerateMutation = graphql(`
  mutation AllowanceRollGenerate($input: AllowanceRollGenerateInput!) {
    allowanceRollGenerate(input: $input) {
      roll {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const AllowanceRollStepMutation = graphql(`
  mutation AllowanceRollStep($input: AllowanceRollStepInput!) {
    allowanceRollStep(input: $input) {
      roll {
        id
        state
      }
      paymentFile
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const AllowanceRollCaseAddMutation = graphql(`
  mutation AllowanceRollCaseAdd($input: AllowanceRollCaseAddInput!) {
    allowanceRollCaseAdd(input: $input) {
      roll {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const CareModelWorkerSearchQuery = graphql(`
  query CareModelWorkerSearch($search: String) {
    registryRecords(search: $search, first: 20) {
      nodes {
        id
        name
        employerName
      }
    }
  }
`)

export const GrantApplyMutation = graphql(`
  mutation GrantApply($input: GrantApplyInput!) {
    grantApply(input: $input) {
      application {
        id
        amountYuan
        amountReason
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const CareBudgetsQuery = graphql(`
  query CareBudgets($year: Int!, $after: String) {
    careBudgets(year: $year, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        year
        organization {
          id
          name
        }
        allocatedYuan
        ownBudgetYuan
        matchedYuan
        donatedYuan
        totalYuan
        spentYuan
        charges(first: 30) {
          nodes {
            id
            kind
            what
            amountYuan
            chargedByName
            overrideReason
            overriddenByName
          }
        }
      }
    }
  }
`)

export const CareBudgetSetMutation = graphql(`
  mutation CareBudgetSet($input: CareBudgetSetInput!) {
    careBudgetSet(input: $input) {
      budget {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const CareReportQuery = graphql(`
  query CareReport($year: Int!) {
    careReport(year: $year) {
      year
      districts {
        district
        paidYuan
        visitedPeople
        allowances {
          code
          name
          people
          amountYuan
        }
        grants {
          cause
          count
          amountYuan
        }
      }
      total {
        paidYuan
        visitedPeople
        allowances {
          code
          name
          people
          amountYuan
        }
        grants {
          cause
          count
          amountYuan
        }
      }
    }
  }
`)

export const CareReportWorkbookQuery = graphql(`
  query CareReportWorkbook($year: Int!) {
    careReportWorkbook(year: $year)
  }
`)

/** One roll's lines, a page at a time: a Spring Festival roll holds thousands, so they are read when opened. */
export const AllowanceRollLinesQuery = graphql(`
  query AllowanceRollLines($roll: ID!, $after: String) {
    node(id: $roll) {
      id
      ... on AllowanceRoll {
        lines(first: 50, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
          nodes {
            id
            modelWorkerName
            level
            amountYuan
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
`)

/** The city's living-hardship figures by year, which administrators keep (seed 000). */
export const HardshipFiguresQuery = graphql(`
  query HardshipFigures {
    hardshipFigures {
      id
      year
      averageWageYuan
      pensionLevelYuan
      basicPensionYuan
    }
  }
`)

export const HardshipFigureSetMutation = graphql(`
  mutation HardshipFigureSet($input: HardshipFigureSetInput!) {
    hardshipFigureSet(input: $input) {
      figure {
        id
        year
        averageWageYuan
        pensionLevelYuan
        basicPensionYuan
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

/** A union office states a model worker's monthly income or pension; the figure comes back only to those allowed. */
export const IncomeStatementSetMutation = graphql(`
  mutation IncomeStatementSet($input: IncomeStatementSetInput!) {
    incomeStatementSet(input: $input) {
      statement {
        id
        year
        retired
        monthlyYuan
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

/** A model worker's income statements by year (the income page, when a person is picked); offices over them only. */
export const IncomeStatementsQuery = graphql(`
  query IncomeStatements($modelWorker: ID!, $after: String) {
    incomeStatements(modelWorker: $modelWorker, first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id year retired monthlyYuan }
    }
  }
`)

/** The allowances' amounts by level and the hardship grants' figures, which administrators keep (the standards page). */
export const CareMoneyStandardsQuery = graphql(`
  query CareMoneyStandards {
    allowanceKinds { id code name basis nationalYuan municipalYuan }
    grantRules { id cause name thresholdYuan ratePercent capYuan amountYuan nationalYuan municipalYuan }
  }
`)

export const AllowanceKindUpdateMutation = graphql(`
  mutation AllowanceKindUpdate($input: AllowanceKindUpdateInput!) {
    allowanceKindUpdate(input: $input) {
      kind { id nationalYuan municipalYuan }
      userErrors { code field message }
    }
  }
`)

export const GrantRuleUpdateMutation = graphql(`
  mutation GrantRuleUpdate($input: GrantRuleUpdateInput!) {
    grantRuleUpdate(input: $input) {
      rule { id thresholdYuan ratePercent capYuan amountYuan nationalYuan municipalYuan }
      userErrors { code field message }
    }
  }
`)
