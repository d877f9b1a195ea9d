/**
 * The national networks a town's services ride on besides its own systems: the LGWAN (J-LIS's closed
 * network of local governments, which carries コンビニ交付 to J-LIS's 証明書交付センター and My Number
 * 情報連携 through the 中間サーバー) and 住基ネット (J-LIS's resident-registry network, a network of its
 * own). When one stops, every service that needs it stops for every town, whatever its hosting. The order
 * is that of every table keyed by network (part of a scenario's canonical JSON: do not reorder).
 *
 * @example
 * NATIONAL_NETWORKS.includes('juki-net'); // true
 */
export const NATIONAL_NETWORKS = ['lgwan', 'juki-net'] as const;

export type NationalNetwork = (typeof NATIONAL_NETWORKS)[number];
