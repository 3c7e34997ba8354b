import { graphql } from '~/gql'

export const RegistryStatisticsQuery = graphql(`
  query RegistryStatistics {
    registryStatistics {
      total
      byHonor { honor { id name } count share }
      byDistrict { organization { id name shortName } count share }
      byGender { gender count share }
      byCategory { category count share }
      byLevel { level count share }
      byRetirement { retired count share }
      byAgeBand { band count share }
      byIndustry { industry count share }
    }
  }
`)
