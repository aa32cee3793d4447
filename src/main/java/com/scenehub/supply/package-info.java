/**
 * Resource collection (DESIGN §5.2, 场景资源征集): managers open calls for solutions; providers post
 * supply items (products, solutions, capabilities) that managers list, return, reject or delist.
 * Listed items form the public supply list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supply: calls and supply items")
package com.scenehub.supply;
