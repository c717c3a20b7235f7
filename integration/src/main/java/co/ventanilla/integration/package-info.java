/**
 * Apache Camel in the application: {@link co.ventanilla.integration.CamelBootstrap} starts one
 * CamelContext with every channel's routes and binds the ejb services they hand over to; {@link
 * co.ventanilla.integration.IntakeGateway} is how synchronous channels (the JSON API, the web form)
 * enter the intake route. Routes translate and hand over; the business decision is an EJB call.
 */
package co.ventanilla.integration;
